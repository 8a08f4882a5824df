"""The mail about a registration: in its owner's language, with its links, calendar file and QR code."""

from typing import Any, NamedTuple

from django.utils import translation

from outbox.services import notify
from portal.links import page_absolute_url
from portal.translations import in_language, language_of

from .calendar import calendar_bytes, qr_png
from .models import EventIndexPage, EventPage, Registration
from .signed_links import cancel_token, checkin_token

Attachment = tuple[str, bytes | str, str]


def registration_links(registration: Registration, event: EventPage) -> dict[str, str]:
    """Absolute links about a registration: the event, cancelling, check-in, My events."""
    event_url = page_absolute_url(event)
    index = EventIndexPage.objects.filter(locale_id=event.locale_id).first()
    return {
        "event_url": event_url,
        "cancel_url": event_url + event.reverse_subpage("cancel", args=[cancel_token(registration)]),
        "checkin_url": event_url + event.reverse_subpage("checkin_attendee", args=[checkin_token(registration)]),
        "mine_url": page_absolute_url(index) + index.reverse_subpage("my_events") if index else "",
    }


class MailSetting(NamedTuple):
    """What a registration's mail shows, worked out once: the event in its owner's language, the links."""

    event: EventPage
    links: dict[str, str]


def mail_setting(registration: Registration) -> MailSetting:
    event = in_language(registration.event, language_of(registration.user))
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


def queue_registration_mail(
    registration: Registration,
    kind: str,
    extra: dict[str, Any] | None = None,
    attachments: list[Attachment] | None = None,
    setting: MailSetting | None = None,
) -> None:
    """Queue the mail of this kind (a template under agenda/email/) about a registration."""
    user = registration.user
    with translation.override(language_of(user)):
        event, links = setting or mail_setting(registration)
        context = {
            "registration": registration,
            "event": event,
            "when": event.when(),
            "place": event.place(),
            "position": registration.waiting_position(),
            **links,
            **(extra or {}),
        }
    if attachments is None:
        attachments = mail_attachments(registration, kind, MailSetting(event, links))
    notify(user, f"agenda/email/{kind}", context, attachments=attachments)
