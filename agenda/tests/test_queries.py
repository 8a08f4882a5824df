"""The event page and the events index need the same number of queries however many people
registered and however long the programme is."""

from datetime import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agenda import services
from tests.factories import make_person

from .factories import event_index, make_event

pytestmark = pytest.mark.django_db


def programme(items: int) -> list:
    return [
        ("session", {"start_time": time(9 + i % 8), "title": f"Session {i}", "speaker": "CE3M", "description": "…"})
        for i in range(items)
    ]


def event_with(registrations: int, items: int):
    event = make_event(capacity=registrations + 5, programme=programme(items))
    for _ in range(registrations):
        services.register_attendee(event, make_person())
    return event


def queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize("logged_in", [False, True])
def test_the_event_page_does_not_query_per_registration_or_programme_item(client, logged_in):
    if logged_in:
        client.force_login(make_person())
    small, large = event_with(1, 1), event_with(25, 30)
    queries(client, small.url)  # warm the caches (site root, locales)
    assert queries(client, large.url) == queries(client, small.url)


def test_the_events_index_does_not_query_per_event(client):
    client.force_login(make_person())
    url = event_index().url
    event_with(2, 3)
    queries(client, url)
    few = queries(client, url)
    for _ in range(6):
        event_with(3, 5)
    assert queries(client, url) == few
