"""Signed links to one registration: cancelling from the mail, checking in from the QR code."""

from django.core import signing
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from .models import EventPage, Registration

CANCEL_SALT = "agenda.registration.cancel"
CHECKIN_SALT = "agenda.registration.checkin"


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
