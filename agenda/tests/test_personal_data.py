"""A person's registrations in the download of their data, and what deleting their account leaves
of them for the organisers."""

import io

import openpyxl
import pytest
from django.urls import reverse

from accounts.personal_data import delete_account, export_personal_data
from agenda import services
from agenda.models import Registration
from outbox.models import OutboxMessage
from tests.factories import make_person

from .factories import make_event
from .test_admin import manager

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_event():
    """One seat, taken by Salma (who answered the question); Karim waits for it, then Lina."""
    event = make_event(capacity=1, questions=[{"label": "Company", "kind": "short_text"}])
    key = event.questions.get().key
    salma = make_person("salma@example.org", first_name="Salma", last_name="Bennani")
    services.register_attendee(event, salma, {key: "Atlas Electronics"})
    services.register_attendee(event, make_person("karim@example.org"), {key: "Menara Labs"})
    services.register_attendee(event, make_person("lina@example.org"), {key: "Cedar"})
    return event


def registration_of(event, email: str) -> Registration:
    return Registration.objects.get(event=event, user__email=email)


def test_the_download_holds_the_registration_with_its_answers_and_check_in(full_event):
    registration = registration_of(full_event, "salma@example.org")
    services.check_in_attendee(registration)
    [exported] = export_personal_data(registration.user)["event_registrations"]
    assert (exported["event"], exported["status"], exported["checked_in"]) == (full_event.title, "confirmed", True)
    assert exported["answers"] == [{"question": "Company", "answer": "Atlas Electronics"}]
    assert exported["checked_in_at"] == registration.checked_in_at and exported["end"] == full_event.end


def test_a_deleted_accounts_seat_stays_without_its_answers_and_reads_deleted_account(client, full_event):
    salma = registration_of(full_event, "salma@example.org")
    delete_account(salma.user)
    salma.refresh_from_db()
    assert (salma.status, salma.answers) == (Registration.Status.CONFIRMED, {})
    assert full_event.confirmed_count() == 1
    client.force_login(manager("ce3m"))
    page = client.get(reverse("agenda_registrations", args=[full_event.pk])).content.decode()
    assert "deleted account" in page and "salma@example.org" not in page and "Atlas Electronics" not in page
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(reverse("agenda_export_xlsx", args=[full_event.pk])).content))
    assert [cell.value for cell in sheet.active[2]][:3] == ["deleted account", None, "Confirmed"]


def test_a_deleted_accounts_place_on_the_waiting_list_is_given_up(full_event):
    karim = registration_of(full_event, "karim@example.org")
    delete_account(karim.user)
    karim.refresh_from_db()
    assert karim.status == Registration.Status.CANCELLED and karim.cancelled_at is not None
    assert registration_of(full_event, "lina@example.org").waiting_position() == 1
    # When the seat frees, it goes to the next person waiting, not to the deleted account.
    services.cancel_registration(registration_of(full_event, "salma@example.org"))
    assert registration_of(full_event, "lina@example.org").status == Registration.Status.CONFIRMED


def test_the_organisers_message_does_not_go_to_a_deleted_account(full_event):
    delete_account(registration_of(full_event, "salma@example.org").user)
    OutboxMessage.objects.all().delete()
    assert services.message_registrants(full_event, "Programme", "See you soon", include_waiting_list=True) == 2
    assert sorted(address for row in OutboxMessage.objects.all() for address in row.recipients) == [
        "karim@example.org",
        "lina@example.org",
    ]


def test_the_check_in_desk_finds_a_deleted_account_by_no_old_name_or_address(client, full_event):
    salma = registration_of(full_event, "salma@example.org")
    delete_account(salma.user)
    client.force_login(manager("ce3m"))
    for query in ("Salma", "salma@example.org"):
        desk = client.get(full_event.url + f"checkin/?q={query}").content.decode()
        assert "No confirmed attendee matches this search." in desk
