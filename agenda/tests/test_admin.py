"""Organisers see, export and message their own events' registrations in the admin, and only theirs."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from agenda import services
from agenda.models import Registration
from outbox.models import OutboxMessage
from tests.factories import make_person

from .factories import make_event

pytestmark = pytest.mark.django_db


def manager(slug: str):
    return get_user_model().objects.get(email=f"manager@{slug}.example.org")


@pytest.fixture
def event_with_answers():
    event = make_event(
        capacity=1,
        questions=[
            {"label": "Company", "kind": "short_text", "required": True},
            {"label": "Topics", "kind": "multiple_choice", "choices": "AI\nIoT", "required": False},
        ],
    )
    keys = [question.key for question in event.questions.all()]
    first = make_person("salma@example.org")
    first.first_name, first.last_name = "Salma", "Bennani"
    first.save()
    services.register_attendee(event, first, {keys[0]: "=Atlas Electronics", keys[1]: ["AI", "IoT"]})
    services.register_attendee(event, make_person("karim@example.org"), {keys[0]: "Menara Labs", keys[1]: []})
    return event


def test_the_organising_clusters_manager_sees_and_exports_the_registrations(client, event_with_answers):
    event = event_with_answers
    client.force_login(manager("ce3m"))
    assert event.title in client.get(reverse("agenda_events")).content.decode()
    page = client.get(reverse("agenda_registrations", args=[event.pk])).content.decode()
    assert "salma@example.org" in page and "karim@example.org" in page
    content = client.get(reverse("agenda_export_csv", args=[event.pk])).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == [
        "Name",
        "Email",
        "Status",
        "Position on the waiting list",
        "Registered at",
        "Checked in at",
        "Company",
        "Topics",
    ]
    assert rows[1][:4] == ["Salma Bennani", "salma@example.org", "Confirmed", ""]
    assert rows[1][6:] == ["'=Atlas Electronics", "AI, IoT"]
    assert rows[2][2:4] == ["On the waiting list", "1"]
    response = client.get(reverse("agenda_export_xlsx", args=[event.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[2]][6] == "'=Atlas Electronics"
    assert sheet.max_row == 3


def test_another_clusters_manager_gets_nothing(client, event_with_answers):
    event = event_with_answers
    client.force_login(manager("menara"))
    assert event.title not in client.get(reverse("agenda_events")).content.decode()
    for name in ("agenda_registrations", "agenda_export_csv", "agenda_export_xlsx", "agenda_message"):
        assert client.get(reverse(name, args=[event.pk])).status_code == 404
    assert client.post(reverse("agenda_close", args=[event.pk])).status_code == 404
    event.refresh_from_db()
    assert not event.registration_closed


def test_organisers_close_registration_and_message_everyone(client, event_with_answers):
    event = event_with_answers
    client.force_login(manager("ce3m"))
    before = OutboxMessage.objects.count()
    response = client.post(
        reverse("agenda_message", args=[event.pk]),
        {"subject": "Parking", "body": "Use the north gate.", "include_waiting_list": "on"},
    )
    assert response.status_code == 302
    assert OutboxMessage.objects.count() - before == 2
    assert client.post(reverse("agenda_close", args=[event.pk])).status_code == 302
    event.refresh_from_db()
    assert event.registration_closed
    with pytest.raises(services.RegistrationError):
        services.register_attendee(event, make_person())
    assert Registration.objects.filter(event=event).count() == 2
