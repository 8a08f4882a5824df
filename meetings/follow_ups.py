"""What came of the promising meetings: weeks after a meeting one side rated "cooperation possible",
both sides are asked by mail, and each answers for their own organisation (and may change it).

Each question is sent in a transaction of its own with its mail; the row it writes is unique per
person and meeting, so sweeps may overlap and run again without asking anyone twice.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import mail
from .models import MeetingFollowUp, MeetingRating, SlotBooking
from .services import MeetingError


def follow_up_delay() -> timedelta:
    return timedelta(days=settings.MEETING_FOLLOW_UP_DAYS)


def due_follow_ups(now: datetime) -> list[tuple[int, int]]:
    """(meeting id, profile id) of the people to ask now: both sides of each meeting rated
    "cooperation possible" that ended at least the delay ago, not yet asked, account not deleted."""
    promising = MeetingRating.objects.filter(
        meeting=OuterRef("meeting"), outcome=MeetingRating.Outcome.COOPERATION_POSSIBLE
    )
    asked = MeetingFollowUp.objects.filter(meeting=OuterRef("meeting"), profile=OuterRef("profile"))
    due = SlotBooking.objects.filter(
        Exists(promising),
        ~Exists(asked),
        meeting__slot__ends_at__lte=now - follow_up_delay(),
        profile__user__deleted_at__isnull=True,
    )
    return list(due.order_by("meeting_id", "profile_id").values_list("meeting_id", "profile_id"))


def send_follow_ups(now: datetime | None = None) -> int:
    """Ask everyone due; returns how many were asked. Safe to run again."""
    now = now or timezone.now()
    return sum(send_follow_up(meeting_id, profile_id, now) for meeting_id, profile_id in due_follow_ups(now))


@transaction.atomic
def send_follow_up(meeting_id: int, profile_id: int, now: datetime) -> bool:
    """Ask one side of one meeting; False when they have been asked already."""
    try:
        with transaction.atomic():
            follow_up = MeetingFollowUp.objects.create(meeting_id=meeting_id, profile_id=profile_id, sent_at=now)
    except IntegrityError:
        return False
    follow_up = MeetingFollowUp.objects.select_related(
        "meeting__slot",
        "meeting__request__programme__event",
        "meeting__request__sender",
        "meeting__request__recipient",
        "profile__user",
    ).get(pk=follow_up.pk)
    mail.ask_follow_up(follow_up)
    return True


def follow_up_of(meeting_id: int, user) -> MeetingFollowUp:
    """The question this user was asked about this meeting; anyone else's is not found."""
    return MeetingFollowUp.objects.select_related(
        "meeting__slot",
        "meeting__request__programme__event",
        "meeting__request__sender",
        "meeting__request__recipient",
        "profile",
    ).get(meeting_id=meeting_id, profile__user=user)


@transaction.atomic
def answer_follow_up(
    follow_up: MeetingFollowUp,
    outcome: str,
    agreement: str = "",
    proposal_id: int | None = None,
    now: datetime | None = None,
) -> MeetingFollowUp:
    """Record (or change) what came of the meeting for this side's organisation."""
    if outcome not in MeetingFollowUp.Outcome.values:
        raise MeetingError(_("Choose what came of the meeting."))
    if outcome == MeetingFollowUp.Outcome.AGREEMENT and agreement not in MeetingFollowUp.Agreement.values:
        raise MeetingError(_("Choose the kind of agreement you signed."))
    follow_up = MeetingFollowUp.objects.select_for_update().get(pk=follow_up.pk)
    follow_up.outcome = outcome
    follow_up.agreement = agreement if outcome == MeetingFollowUp.Outcome.AGREEMENT else ""
    follow_up.proposal_id = proposal_id
    follow_up.answered_at = now or timezone.now()
    follow_up.save(update_fields=["outcome", "agreement", "proposal", "answered_at"])
    return follow_up
