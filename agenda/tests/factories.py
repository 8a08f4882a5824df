"""Events for the tests, built on whatever the database already holds (clusters and people come
from the project's `tests.factories`)."""

import itertools
from datetime import timedelta

from django.utils import timezone

from agenda.models import EventIndexPage, EventPage, RegistrationQuestion
from tests.factories import home_page, make_cluster

_numbers = itertools.count(1)


def event_index() -> EventIndexPage:
    """The English events index (the demo's, or a new one when the database has none)."""
    home = home_page()
    index = EventIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = EventIndexPage(title="Events", slug="events", locale=home.locale, show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def make_event(questions: list[dict] | None = None, **fields) -> EventPage:
    """A published event in a month, with the given fields (capacity, dates…) and questions."""
    start = timezone.now() + timedelta(days=30)
    number = next(_numbers)
    defaults = {
        "title": f"Techdays test {number}",
        "slug": f"techdays-test-{number}",
        "summary": "Two days of talks and B2B meetings.",
        "organiser": make_cluster(),
        "time_zone": "Africa/Casablanca",
        "start": start,
        "end": start + timedelta(hours=8),
        "city": "Casablanca",
        "country": "MA",
        "capacity": 10,
    }
    event = EventPage(**{**defaults, **fields})
    event.questions = [RegistrationQuestion(**question) for question in questions or []]
    event_index().add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)
