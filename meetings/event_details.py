"""What the meetings need to know about an event, read from the agenda app's models in one place."""

from datetime import datetime, tzinfo

from wagtail.models import Locale, Page

from clusters.models import ClusterPage


def event_model():
    from agenda.models import EventPage

    return EventPage


def source_event(event: Page) -> Page:
    """The page all translations of the event share for registrations, and for the meeting programme."""
    return event.specific.registration_event


def localized_event(event: Page) -> Page:
    """The event page in the visitor's language when it is translated, else the source page."""
    return (event.get_translation_or_none(Locale.get_active()) or event).specific


def confirmed_registrations(event: Page):
    """The confirmed registrations for the event (made in any of its languages)."""
    from agenda.models import Registration

    return Registration.objects.filter(
        event__translation_key=event.translation_key, status=Registration.Status.CONFIRMED
    )


def is_confirmed_participant(event: Page, user) -> bool:
    return confirmed_registrations(event).filter(user=user).exists()


def organising_cluster(event: Page) -> ClusterPage | None:
    """The cluster that organises the event, in the default language."""
    cluster = event.specific.organiser
    return ClusterPage.objects.filter(translation_key=cluster.translation_key, locale__language_code="en").first()


def event_time_zone(event: Page) -> tzinfo:
    return event.specific.zone


def event_ends_at(event: Page) -> datetime | None:
    return event.specific.end


def event_location(event: Page) -> str:
    page = event.specific
    return ", ".join(part for part in (page.venue, page.city) if part)
