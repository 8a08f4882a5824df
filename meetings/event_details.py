"""What the meetings need to know about an event, read from the agenda app's models in one place.

An event's meeting programme, like its registrations, hangs on the event's source page
(`portal.translations.source_of`); readers see the event in their own language.
"""

from datetime import datetime, tzinfo

from django.db.models import QuerySet
from wagtail.models import Page

from agenda.models import EventPage, Registration
from portal.translations import source_of


def is_event(page: Page) -> bool:
    return isinstance(page.specific, EventPage)


def source_event(event: Page) -> EventPage:
    """The page all translations of the event share for registrations, and for the meeting programme."""
    return source_of(event.specific)


def confirmed_registrations(event: Page) -> QuerySet[Registration]:
    """The confirmed registrations for the event (made in any of its languages)."""
    return Registration.objects.filter(
        event__translation_key=event.translation_key, status=Registration.Status.CONFIRMED
    )


def is_confirmed_participant(event: Page, user) -> bool:
    return confirmed_registrations(event).filter(user=user).exists()


def event_time_zone(event: Page) -> tzinfo:
    return event.specific.zone


def event_ends_at(event: Page) -> datetime | None:
    return event.specific.end


def event_location(event: Page) -> str:
    page = event.specific
    return ", ".join(part for part in (page.venue, page.city) if part)
