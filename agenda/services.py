"""Registering for events, cancelling, the waiting list, reminders and check-in.

Every change to an event's registrations happens while the row of the event's registration
page is locked (``select_for_update`` on PostgreSQL; SQLite's immediate transactions take the
write lock when they begin), so the seats counted are the seats taken, whatever the number
of simultaneous requests. Each change queues its email in the same transaction.
"""

import uuid
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, OperationalError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import User
from portal.errors import DomainError
from portal.page_cache import invalidate_page_cache

from .mail import mail_attachments, mail_setting, queue_registration_mail
from .models import EventPage, Registration

REMINDER_WINDOW = timedelta(hours=24)


class RegistrationError(DomainError):
    """A registration change that cannot be made; the message tells the person why."""


class DatabaseBusy(RegistrationError):
    """The database was too busy to take the change; trying again shortly will work."""


# Checks


def registration_problem(event: EventPage, now: datetime | None = None) -> str:
    """Why nobody can register for this event right now, or "" when registration is open."""
    now = now or timezone.now()
    if event.cancelled:
        return _("This event has been cancelled.")
    if event.is_past(now):
        return _("This event is over.")
    if event.registration_opens_at and now < event.registration_opens_at:
        opens = timezone.localtime(event.registration_opens_at, event.zone)
        return _("Registration opens on %(date)s (%(zone)s).") % {
            "date": formats.date_format(opens, "DATETIME_FORMAT"),
            "zone": event.time_zone,
        }
    if event.registration_closed or now >= event.registration_closes():
        return _("Registration for this event is closed.")
    return ""


def lock_event(event: EventPage) -> EventPage:
    """The event's registration page, re-read and locked until the transaction ends."""
    locked = EventPage.objects.select_for_update(of=("self",)).get(pk=event.registration_event.pk)
    locked.registration_event = locked  # it is the registration page
    return locked


def _busy_error() -> DatabaseBusy:
    return DatabaseBusy(_("Many people are registering right now. Please try again in a moment."))


# Registering and cancelling


def register_attendee(
    event: EventPage, user: User, answers: dict[str, Any] | None = None, *, now: datetime | None = None
) -> Registration:
    """Register a person: a confirmed seat while there are any, the waiting list after that."""
    if not user.is_authenticated:
        raise RegistrationError(_("Log in to register."))
    if not user.has_verified_email:
        raise RegistrationError(_("Please verify your email address before registering: follow the link we sent you."))
    if not event.live:
        raise RegistrationError(_("This event is not published."))
    # The attachments of a confirmation take longest to make: unless the event looks full already,
    # make them before taking the lock (if a seat turns out to be free after all, they are made in it).
    draft = Registration(uuid=uuid.uuid4(), event=event.registration_event, user=user)
    setting = mail_setting(draft)
    looks_full = event.capacity is not None and event.confirmed_count() >= event.capacity
    confirmation_attachments = None if looks_full else mail_attachments(draft, "confirmation", setting)
    try:
        with transaction.atomic():
            locked = lock_event(event)
            problem = registration_problem(locked, now)
            if problem:
                raise RegistrationError(problem)
            if Registration.objects.active().filter(event=locked, user=user).exists():
                raise RegistrationError(_("You are already registered for this event."))
            full = locked.capacity is not None and locked.confirmed_count() >= locked.capacity
            moment = timezone.now()
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        uuid=draft.uuid,
                        event=locked,
                        user=user,
                        status=Registration.Status.WAITLISTED if full else Registration.Status.CONFIRMED,
                        answers=answers or {},
                        created_at=moment,
                        confirmed_at=None if full else moment,
                    )
            except IntegrityError as error:
                raise RegistrationError(_("You are already registered for this event.")) from error
            if full:
                queue_registration_mail(registration, "waitlisted", setting=setting)
            else:
                queue_registration_mail(
                    registration, "confirmation", attachments=confirmation_attachments, setting=setting
                )
                transaction.on_commit(invalidate_page_cache)  # anonymous visitors see the seats left
    except OperationalError as error:
        raise _busy_error() from error
    return registration


def cancel_registration(registration: Registration, user: User | None = None) -> list[Registration]:
    """Cancel a registration (only its owner's, when a user is given) and give freed seats to the
    waiting list. Returns the registrations promoted from the waiting list."""
    try:
        with transaction.atomic():
            event = lock_event(registration.event)
            current = Registration.objects.select_for_update().select_related("user").get(pk=registration.pk)
            if user is not None and current.user_id != user.pk:
                raise RegistrationError(_("This registration is not yours."))
            if current.status == Registration.Status.CANCELLED:
                raise RegistrationError(_("This registration is already cancelled."))
            if event.is_past():
                raise RegistrationError(_("This event is over."))
            freed_a_seat = current.status == Registration.Status.CONFIRMED
            current.status = Registration.Status.CANCELLED
            current.cancelled_at = timezone.now()
            current.save(update_fields=["status", "cancelled_at"])
            queue_registration_mail(current, "cancelled")
            promoted = promote_from_waitlist(event)
            if freed_a_seat and not promoted:
                transaction.on_commit(invalidate_page_cache)
    except OperationalError as error:
        raise _busy_error() from error
    registration.refresh_from_db()
    return promoted


def promote_from_waitlist(event: EventPage) -> list[Registration]:
    """Confirm the first people on the waiting list while seats are free.

    Call it inside the transaction that holds the event's lock (see ``lock_event``).
    """
    waiting = Registration.objects.filter(event=event).waiting_list().select_related("user")
    if event.capacity is not None:
        free = event.capacity - event.confirmed_count()
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    moment = timezone.now()
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = moment
        registration.save(update_fields=["status", "confirmed_at"])
        queue_registration_mail(registration, "promoted")
    return promoted


def update_waiting_list(event: EventPage) -> list[Registration]:
    """After the organiser changed the capacity: give any new seats to the waiting list."""
    with transaction.atomic():
        return promote_from_waitlist(lock_event(event))


# Organisers


def close_registration(event: EventPage) -> None:
    """Close registration for the event in every language, now and in its latest draft."""
    with transaction.atomic():
        for page in EventPage.objects.filter(translation_key=event.translation_key):
            EventPage.objects.filter(pk=page.pk).update(registration_closed=True)
            revision = page.latest_revision
            if revision is not None and page.has_unpublished_changes:
                revision.content["registration_closed"] = True
                revision.save(update_fields=["content"])


def message_registrants(event: EventPage, subject: str, body: str, *, include_waiting_list: bool = False) -> int:
    """Queue one email per registrant (confirmed, and waiting if asked). Returns how many."""
    statuses = [Registration.Status.CONFIRMED]
    if include_waiting_list:
        statuses.append(Registration.Status.WAITLISTED)
    registrations = Registration.objects.filter(
        event=event.registration_event, status__in=statuses, user__deleted_at__isnull=True
    )
    count = 0
    with transaction.atomic():
        for registration in registrations.select_related("user", "event"):
            queue_registration_mail(registration, "message", {"subject": subject, "body": body})
            count += 1
    return count


def check_in_attendee(registration: Registration) -> bool:
    """Mark a confirmed attendee as arrived. False when they had already checked in."""
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status != Registration.Status.CONFIRMED:
            raise RegistrationError(_("Only confirmed registrations can be checked in."))
        if current.checked_in_at:
            registration.checked_in_at = current.checked_in_at
            return False
        current.checked_in_at = timezone.now()
        current.save(update_fields=["checked_in_at"])
    registration.checked_in_at = current.checked_in_at
    return True


def send_reminders(now: datetime | None = None) -> int:
    """Remind confirmed attendees of events starting within a day, once each, unless they chose
    on their profile not to receive reminders."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        user__wants_event_reminders=True,
        reminded_at__isnull=True,
        event__live=True,
        event__cancelled=False,
        event__start__gt=now,
        event__start__lte=now + REMINDER_WINDOW,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            registration = (
                Registration.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, reminded_at__isnull=True, status=Registration.Status.CONFIRMED)
                .first()
            )
            if registration is None:
                continue
            registration.reminded_at = now
            registration.save(update_fields=["reminded_at"])
            queue_registration_mail(registration, "reminder")
            sent += 1
    return sent
