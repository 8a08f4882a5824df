"""B2B meetings: opting in, meeting requests and their answers, slots, expiry and outcomes.

Each function that changes something runs in one transaction with the mail it sends. Accepting a
request locks the event's programme row, so acceptances of one event are placed one after the
other; unique rows per (slot, table) and per (slot, person) make double booking impossible even so.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar, Event

from outbox.services import queue_templated_email

from . import event_details
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


class MeetingError(Exception):
    """A request the rules refuse; `message` says why, in the user's language."""

    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


# Who may take part


def has_verified_email(user) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def may_opt_in(programme: MeetingProgramme, user) -> bool:
    """Logged-in participants with a verified address and a confirmed registration, while meetings are open."""
    return (
        programme.enabled
        and user.is_authenticated
        and has_verified_email(user)
        and event_details.is_confirmed_participant(programme.event, user)
    )


def active_profiles(programme: MeetingProgramme) -> QuerySet[ParticipantProfile]:
    """Profiles of people whose registration is still confirmed: someone who cancelled drops out of the meetings."""
    return programme.profiles.filter(
        Exists(event_details.confirmed_registrations(programme.event).filter(user=OuterRef("user")))
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
        _mail(request.recipient, "request_received", request)
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
    _mail(request.sender, "request_declined", request)
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
    for profile in (request.sender, request.recipient) if notify else ():
        _mail(profile, "request_accepted", request, meeting=meeting, ics=agenda_ics([meeting], profile))
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


# Expiry


@dataclass
class ExpiryReport:
    reminded: int = 0
    expired: int = 0


def remind_and_expire_requests(now: datetime | None = None) -> ExpiryReport:
    """Remind recipients of requests about to expire, and expire the overdue ones. Safe to run again."""
    now = now or timezone.now()
    report = ExpiryReport()
    due = MeetingRequest.objects.filter(status=MeetingRequest.Status.PENDING, expires_at__lte=now)
    for request_id in due.values_list("pk", flat=True):
        report.expired += expire_request(request_id, now)
    soon = MeetingRequest.objects.filter(status=MeetingRequest.Status.PENDING, reminded_at=None, expires_at__gt=now)
    for request_id, expires_at, hours in soon.values_list("pk", "expires_at", "programme__reminder_hours"):
        if expires_at - timedelta(hours=hours) <= now:
            report.reminded += remind_request(request_id, now)
    return report


@transaction.atomic
def expire_request(request_id: int, now: datetime) -> bool:
    request = (
        MeetingRequest.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("programme", "sender__user", "recipient__user")
        .filter(pk=request_id, status=MeetingRequest.Status.PENDING, expires_at__lte=now)
        .first()
    )
    if request is None:
        return False
    request.status = MeetingRequest.Status.EXPIRED
    request.save(update_fields=["status"])
    _mail(request.sender, "request_expired", request)
    return True


@transaction.atomic
def remind_request(request_id: int, now: datetime) -> bool:
    request = (
        MeetingRequest.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("programme", "sender__user", "recipient__user")
        .filter(pk=request_id, status=MeetingRequest.Status.PENDING, reminded_at=None, expires_at__gt=now)
        .first()
    )
    if request is None:
        return False
    request.reminded_at = now
    request.save(update_fields=["reminded_at"])
    _mail(request.recipient, "expiry_reminder", request)
    return True


# Agenda and outcomes


def agenda_of(profile: ParticipantProfile) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(bookings__profile=profile)
        .select_related("slot", "request__sender__user", "request__recipient__user")
        .order_by("slot__starts_at")
    )


def other_side(meeting: Meeting, profile: ParticipantProfile) -> ParticipantProfile:
    return meeting.request.recipient if meeting.request.sender_id == profile.pk else meeting.request.sender


def agenda_ics(meetings: Iterable[Meeting], profile: ParticipantProfile) -> bytes:
    """An iCalendar file of these meetings, seen from one participant."""
    event_page = event_details.localized_event(profile.programme.event)
    calendar = Calendar()
    calendar.add("prodid", "-//Medclusters//B2B meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{event_page.title} – B2B")
    location = event_details.event_location(profile.programme.event)
    for meeting in meetings:
        other = other_side(meeting, profile)
        entry = Event()
        entry.add("uid", f"meeting-{meeting.pk}-{profile.pk}@medclusters")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", meeting.slot.starts_at)
        entry.add("dtend", meeting.slot.ends_at)
        entry.add("summary", str(_("B2B meeting: %(organisation)s")) % {"organisation": other.organisation})
        table = str(_("Table %(number)s")) % {"number": meeting.table}
        entry.add("location", f"{table}, {location}" if location else table)
        entry.add("description", f"{event_page.title}\n{other.organisation}\n{meeting.request.message}")
        calendar.add_component(entry)
    return calendar.to_ical()


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


@dataclass
class OutcomeTotals:
    """The figures of one or more events' B2B meetings."""

    participants: int
    requests: int
    meetings: int
    ratings: dict[str, int]

    @property
    def cooperation_possible(self) -> int:
        return self.ratings.get(MeetingRating.Outcome.COOPERATION_POSSIBLE, 0)


def outcome_totals(programmes: QuerySet[MeetingProgramme]) -> OutcomeTotals:
    ratings = Counter(
        MeetingRating.objects.filter(meeting__request__programme__in=programmes).values_list("outcome", flat=True)
    )
    return OutcomeTotals(
        participants=ParticipantProfile.objects.filter(programme__in=programmes).count(),
        requests=MeetingRequest.objects.filter(programme__in=programmes).count(),
        meetings=Meeting.objects.filter(request__programme__in=programmes).count(),
        ratings={outcome: ratings.get(outcome, 0) for outcome in MeetingRating.Outcome.values},
    )


def outcome_totals_for_event(event) -> OutcomeTotals:
    """The totals of one event's meetings (any of its translations)."""
    return outcome_totals(MeetingProgramme.objects.filter(event__translation_key=event.translation_key))


def outcome_totals_for_cluster(cluster) -> OutcomeTotals:
    """The totals of the meetings of every event the cluster organised."""
    ids = [p.pk for p in MeetingProgramme.objects.select_related("event") if _organised_by(p, cluster)]
    return outcome_totals(MeetingProgramme.objects.filter(pk__in=ids))


def _organised_by(programme: MeetingProgramme, cluster) -> bool:
    organiser = event_details.organising_cluster(programme.event)
    return organiser is not None and organiser.translation_key == cluster.translation_key


# Mail


def b2b_url(programme: MeetingProgramme, name: str = "home") -> str:
    with translation.override("en"):
        return reverse(f"meetings:{name}", kwargs={"event_id": programme.event_id})


def _mail(recipient: ParticipantProfile, template: str, request: MeetingRequest, **context: Any) -> None:
    user = recipient.user
    language = getattr(user, "preferred_language", "") or "en"
    ics = context.pop("ics", None)
    with translation.override(language):
        event_page = event_details.localized_event(request.programme.event)
        path = reverse(
            "meetings:agenda" if template == "request_accepted" else "meetings:requests",
            kwargs={"event_id": request.programme.event_id},
        )
    queue_templated_email(
        to=[user.email],
        language=language,
        template=f"meetings/email/{template}",
        context={
            "request": request,
            "event": event_page,
            "recipient": recipient,
            "sender": request.sender,
            "other": request.recipient if recipient.pk == request.sender_id else request.sender,
            "time_zone": event_details.event_time_zone(request.programme.event),
            "path": path,
            **context,
        },
        attachments=[("meeting.ics", ics, "text/calendar")] if ics else [],
    )
