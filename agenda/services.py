"""Registering for events, cancelling, the waiting list, reminders and check-in.

Every change to an event's registrations happens while the row of the event's registration
page is locked (``select_for_update`` on PostgreSQL; SQLite's immediate transactions take the
write lock when they begin), so the seats counted are the seats taken, whatever the number
of simultaneous requests. Each change queues its email in the same transaction.
"""

import uuid
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from allauth.account.models import EmailAddress
from django.core import signing
from django.db import IntegrityError, OperationalError, transaction
from django.utils import formats, timezone, translation
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

from accounts.models import User
from outbox.services import queue_templated_email
from portal.page_cache import invalidate_page_cache

from .calendar import absolute_url, calendar_bytes, qr_png
from .models import EventIndexPage, EventPage, Registration

# Tests switch this off to show that, without the lock, simultaneous registrations overbook.
LOCK_SEATS = True

CANCEL_SALT = "agenda.registration.cancel"
CHECKIN_SALT = "agenda.registration.checkin"
REMINDER_WINDOW = timedelta(hours=24)


class RegistrationError(Exception):
    """A registration change that cannot be made; the message tells the person why."""


class DatabaseBusy(RegistrationError):
    """The database was too busy to take the change; trying again shortly will work."""


# Checks


def has_verified_email(user: User) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


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


def _locked_event(event: EventPage) -> EventPage:
    """The event's registration page, re-read and locked until the transaction ends."""
    events = EventPage.objects.filter(pk=event.registration_event.pk)
    if LOCK_SEATS:
        events = events.select_for_update(of=("self",))
    locked = events.get()
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
    if not has_verified_email(user):
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
            locked = _locked_event(event)
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
                notify(registration, "waitlisted", setting=setting)
            else:
                notify(registration, "confirmation", attachments=confirmation_attachments, setting=setting)
            if not full:
                transaction.on_commit(invalidate_page_cache)  # anonymous visitors see the seats left
    except OperationalError as error:
        raise _busy_error() from error
    return registration


def cancel_registration(registration: Registration, user: User | None = None) -> list[Registration]:
    """Cancel a registration (only its owner's, when a user is given) and give freed seats to the
    waiting list. Returns the registrations promoted from the waiting list."""
    try:
        with transaction.atomic():
            event = _locked_event(registration.event)
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
            notify(current, "cancelled")
            promoted = promote_from_waitlist(event)
            if freed_a_seat and not promoted:
                transaction.on_commit(invalidate_page_cache)
    except OperationalError as error:
        raise _busy_error() from error
    registration.refresh_from_db()
    return promoted


def promote_from_waitlist(event: EventPage) -> list[Registration]:
    """Confirm the first people on the waiting list while seats are free.

    Call it inside the transaction that holds the event's lock (see ``_locked_event``).
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
        notify(registration, "promoted")
    return promoted


def update_waiting_list(event: EventPage) -> list[Registration]:
    """After the organiser changed the capacity: give any new seats to the waiting list."""
    with transaction.atomic():
        return promote_from_waitlist(_locked_event(event))


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
    registrations = Registration.objects.filter(event=event.registration_event, status__in=statuses)
    count = 0
    with transaction.atomic():
        for registration in registrations.select_related("user", "event"):
            notify(registration, "message", {"subject": subject, "body": body})
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
    """Remind confirmed attendees of events starting within a day; each registration only once."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
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
            notify(registration, "reminder")
            sent += 1
    return sent


# Signed links


def _signed(registration: Registration, salt: str) -> str:
    """A signed token made only of letters, digits, "-" and "_" (what Wagtail's page URLs accept)."""
    return urlsafe_base64_encode(signing.dumps(str(registration.uuid), salt=salt).encode())


def cancel_token(registration: Registration) -> str:
    return _signed(registration, CANCEL_SALT)


def checkin_token(registration: Registration) -> str:
    return _signed(registration, CHECKIN_SALT)


def registration_from_token(event: EventPage, token: str, salt: str) -> Registration | None:
    """The registration for this event that a signed link names, or None if the link is not valid."""
    try:
        signed_uuid = signing.loads(urlsafe_base64_decode(token).decode(), salt=salt)
    except (signing.BadSignature, ValueError):
        return None
    return (
        Registration.objects.select_related("user")
        .filter(uuid=signed_uuid, event__translation_key=event.translation_key)
        .first()
    )


# Mail


def event_in_language(event: EventPage, language: str) -> EventPage:
    """The event's page in this language when it has one, else the page given."""
    translated = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .select_related("organiser")
        .first()
    )
    return translated or event


def registration_links(registration: Registration, event: EventPage) -> dict[str, str]:
    """Absolute links about a registration: the event, cancelling, check-in, My events."""
    event_url = event.get_url() or ""
    index = EventIndexPage.objects.filter(locale_id=event.locale_id).first()
    return {
        "event_url": absolute_url(event_url),
        "cancel_url": absolute_url(event_url + event.reverse_subpage("cancel", args=[cancel_token(registration)])),
        "checkin_url": absolute_url(
            event_url + event.reverse_subpage("checkin_attendee", args=[checkin_token(registration)])
        ),
        "mine_url": absolute_url((index.get_url() or "") + "mine/") if index else "",
    }


Attachment = tuple[str, bytes | str, str]


class MailSetting(NamedTuple):
    """What a registration's mail shows, worked out once: the event in its owner's language, the links."""

    event: EventPage
    links: dict[str, str]


def mail_setting(registration: Registration) -> MailSetting:
    event = event_in_language(registration.event, registration.user.preferred_language or "en")
    return MailSetting(event, registration_links(registration, event))


def mail_attachments(registration: Registration, kind: str, setting: MailSetting | None = None) -> list[Attachment]:
    """The calendar file (and for a seat, the check-in QR code) that go with a mail of this kind."""
    event, links = setting or mail_setting(registration)
    attachments: list[Attachment] = []
    if kind in ("confirmation", "promoted", "reminder"):
        attachments.append((f"{event.slug}.ics", calendar_bytes([event]), "text/calendar"))
    if kind in ("confirmation", "promoted"):
        attachments.append(("check-in-qr-code.png", qr_png(links["checkin_url"]), "image/png"))
    return attachments


def notify(
    registration: Registration,
    kind: str,
    extra: dict[str, Any] | None = None,
    attachments: list[Attachment] | None = None,
    setting: MailSetting | None = None,
) -> None:
    """Queue the email of this kind about a registration, in its owner's language."""
    user = registration.user
    language = user.preferred_language or "en"
    with translation.override(language):
        event, links = setting or mail_setting(registration)
        context = {
            "registration": registration,
            "event": event,
            "name": user.get_full_name() or user.email,
            "when": event.when(),
            "place": event.place(),
            "position": registration.waiting_position(),
            **links,
            **(extra or {}),
        }
    if attachments is None:
        attachments = mail_attachments(registration, kind, MailSetting(event, links))
    queue_templated_email(
        to=[user.email],
        language=language,
        template=f"agenda/email/{kind}",
        context=context,
        attachments=attachments,
    )
