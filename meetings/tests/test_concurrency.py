"""Many acceptances at once, on PostgreSQL: nobody and no table is ever booked twice in a slot."""

import itertools
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from wagtail.models import Collection, Locale, Page

from conftest import require_service, reset_to_migrated_data
from meetings import services
from meetings.models import Meeting, MeetingRequest, SlotBooking
from tests.concurrency import run_in_threads
from tests.factories import make_cluster

from . import factories


@pytest.fixture
def page_tree(transactional_db):
    """Wagtail's root page and collection, committed, so that other threads (other connections)
    see what the test builds on them. An earlier transactional test may have emptied the database:
    they come back from the data the migrations left (or are created when none was kept)."""
    require_service("postgres")
    if Page.get_first_root_node() is None:
        reset_to_migrated_data()
    if Page.get_first_root_node() is None:
        english = Locale.objects.get_or_create(language_code="en")[0]
        Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def test_concurrent_acceptances_never_double_book(page_tree):
    event = factories.event(organiser=make_cluster("ce3m"))
    programme = factories.programme(event, tables=2, slots=3, request_quota=20)
    people = [factories.participant(programme, f"p{number}@example.org") for number in range(6)]
    before = event.start - timedelta(days=5)
    requests = [
        services.send_request(sender, recipient, "Let us meet", now=before)
        for sender, recipient in itertools.combinations(people, 2)
    ]
    refused: list[int] = []

    def accept(request: MeetingRequest) -> None:
        try:
            services.accept_request(request.pk, request.recipient.user, now=before)
        except services.MeetingError:
            refused.append(request.pk)

    assert run_in_threads(accept, requests) == []

    meetings = Meeting.objects.filter(request__programme=programme)
    tables = list(meetings.values_list("slot", "table"))
    assert len(tables) == len(set(tables))
    places = list(SlotBooking.objects.filter(meeting__in=meetings).values_list("slot", "profile"))
    assert len(places) == len(set(places))
    # Six people in three slots: at most three meetings per slot, and two tables per slot.
    accepted = set(meetings.values_list("request", flat=True))
    assert 3 <= len(accepted) <= 6
    assert accepted | set(refused) == {request.pk for request in requests}
    assert not accepted & set(refused)
    statuses = dict(MeetingRequest.objects.filter(programme=programme).values_list("pk", "status"))
    assert all(statuses[pk] == ("accepted" if pk in accepted else "pending") for pk in statuses)


@pytest.mark.django_db
def test_the_database_refuses_a_second_meeting_at_a_table_or_for_a_person(amina, karim, lucia, before_event):
    meeting = services.accept_request(
        services.send_request(amina, karim, "1", now=before_event).pk, karim.user, before_event
    )
    other = services.send_request(lucia, amina, "2", now=before_event)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(request=other, slot=meeting.slot, table=meeting.table)
    second = Meeting.objects.create(request=other, slot=meeting.slot, table=meeting.table + 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        SlotBooking.objects.create(meeting=second, slot=meeting.slot, profile=amina)
