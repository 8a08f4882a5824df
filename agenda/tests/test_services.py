"""Registering, the waiting list, cancelling and promotion, reminders and check-in."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from agenda import services
from agenda.models import Registration
from agenda.services import RegistrationError
from agenda.signed_links import CANCEL_SALT, CHECKIN_SALT, cancel_token, registration_from_token
from outbox.models import OutboxMessage
from tests.factories import make_person

from .factories import make_event

pytestmark = pytest.mark.django_db


def subjects() -> list[str]:
    return [row.subject for row in OutboxMessage.objects.order_by("pk")]


def test_registrations_are_confirmed_until_full_then_wait_in_order():
    event = make_event(capacity=2)
    people = [make_person() for _ in range(4)]
    registrations = [services.register_attendee(event, person) for person in people]
    assert [r.status for r in registrations] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [r.waiting_position() for r in registrations] == [None, None, 1, 2]
    assert event.seats_left() == 0
    assert subjects() == [
        f"Your registration for {event.title} is confirmed",
        f"Your registration for {event.title} is confirmed",
        f"You are on the waiting list for {event.title}",
        f"You are on the waiting list for {event.title}",
    ]


def test_cancelling_a_seat_promotes_the_first_person_waiting():
    event = make_event(capacity=1)
    first, second, third = make_person(), make_person(), make_person()
    seat = services.register_attendee(event, first)
    waiting = services.register_attendee(event, second)
    later = services.register_attendee(event, third)
    promoted = services.cancel_registration(seat, first)
    assert promoted == [waiting]
    waiting.refresh_from_db()
    later.refresh_from_db()
    assert seat.status == "cancelled" and seat.cancelled_at
    assert waiting.status == "confirmed" and waiting.confirmed_at
    assert later.waiting_position() == 1
    assert subjects()[-2:] == [
        f"Your registration for {event.title} is cancelled",
        f"A seat is yours: {event.title}",
    ]


def test_leaving_the_waiting_list_promotes_nobody():
    event = make_event(capacity=1)
    services.register_attendee(event, make_person())
    waiting = services.register_attendee(event, make_person())
    assert services.cancel_registration(waiting) == []
    assert Registration.objects.filter(event=event, status="confirmed").count() == 1


def test_registering_twice_is_refused_but_after_cancelling_one_can_come_back():
    event = make_event()
    person = make_person()
    registration = services.register_attendee(event, person)
    with pytest.raises(RegistrationError, match="already registered"):
        services.register_attendee(event, person)
    services.cancel_registration(registration, person)
    again = services.register_attendee(event, person)
    assert again.status == "confirmed"
    assert Registration.objects.filter(event=event, user=person).count() == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"cancelled": True}, "cancelled"),
        ({"registration_closed": True}, "closed"),
        ({"registration_closes_at": timezone.now() - timedelta(hours=1)}, "closed"),
        ({"registration_opens_at": timezone.now() + timedelta(days=2)}, "Registration opens on"),
        (
            {"start": timezone.now() - timedelta(days=3), "end": timezone.now() - timedelta(days=2)},
            "This event is over",
        ),
    ],
)
def test_registration_outside_its_window_changes_nothing(fields, message):
    event = make_event(**fields)
    with pytest.raises(RegistrationError, match=message):
        services.register_attendee(event, make_person())
    assert not Registration.objects.filter(event=event).exists()
    assert not OutboxMessage.objects.exists()


def test_an_unverified_address_cannot_register():
    event = make_event()
    with pytest.raises(RegistrationError, match="verify your email"):
        services.register_attendee(event, make_person(verified=False))
    assert not Registration.objects.filter(event=event).exists()


def test_nobody_cancels_someone_elses_registration_or_cancels_twice():
    event = make_event()
    owner, other = make_person(), make_person()
    registration = services.register_attendee(event, owner)
    with pytest.raises(RegistrationError, match="not yours"):
        services.cancel_registration(registration, other)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    services.cancel_registration(registration, owner)
    with pytest.raises(RegistrationError, match="already cancelled"):
        services.cancel_registration(registration, owner)


def test_a_larger_capacity_gives_the_new_seats_to_the_waiting_list():
    event = make_event(capacity=1)
    services.register_attendee(event, make_person())
    waiting = [services.register_attendee(event, make_person()) for _ in range(3)]
    event.capacity = 3
    event.save_revision().publish()
    for registration in waiting:
        registration.refresh_from_db()
    assert [r.status for r in waiting] == ["confirmed", "confirmed", "waitlisted"]


def test_reminders_go_once_to_confirmed_attendees_of_tomorrows_events():
    soon = make_event(start=timezone.now() + timedelta(hours=20), end=timezone.now() + timedelta(hours=28))
    later = make_event()
    confirmed = services.register_attendee(soon, make_person())
    cancelled = services.register_attendee(soon, make_person())
    services.cancel_registration(cancelled)
    services.register_attendee(later, make_person())
    OutboxMessage.objects.all().delete()
    assert services.send_reminders() == 1
    assert services.send_reminders() == 0
    confirmed.refresh_from_db()
    assert confirmed.reminded_at is not None
    assert subjects() == [f"Tomorrow: {soon.title}"]


def test_no_reminder_for_someone_who_turned_reminders_off_on_their_profile():
    soon = make_event(start=timezone.now() + timedelta(hours=20), end=timezone.now() + timedelta(hours=28))
    wants = services.register_attendee(soon, make_person())
    declines = services.register_attendee(soon, make_person(wants_event_reminders=False))
    OutboxMessage.objects.all().delete()
    assert services.send_reminders() == 1
    assert [row.recipients for row in OutboxMessage.objects.all()] == [[wants.user.email]]
    declines.refresh_from_db()
    assert declines.reminded_at is None


def test_check_in_marks_arrival_once_and_only_for_confirmed_seats():
    event = make_event(capacity=1)
    seat = services.register_attendee(event, make_person())
    waiting = services.register_attendee(event, make_person())
    assert services.check_in_attendee(seat) is True
    assert services.check_in_attendee(seat) is False
    with pytest.raises(RegistrationError, match="Only confirmed"):
        services.check_in_attendee(waiting)


def test_signed_links_name_one_registration_of_one_event():
    event, other_event = make_event(), make_event()
    registration = services.register_attendee(event, make_person())
    token = cancel_token(registration)
    assert registration_from_token(event, token, CANCEL_SALT) == registration
    assert registration_from_token(other_event, token, CANCEL_SALT) is None
    assert registration_from_token(event, token, CHECKIN_SALT) is None
    assert registration_from_token(event, token + "x", CANCEL_SALT) is None


def test_organisers_message_every_confirmed_registrant(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    services.register_attendee(event, make_person())
    services.register_attendee(event, make_person())
    OutboxMessage.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.message_registrants(event, "Parking", "Use the north entrance.") == 1
    assert [m.subject for m in mail.outbox] == [f"{event.title}: Parking"]
    assert "Use the north entrance." in mail.outbox[0].body


def test_closing_registration_closes_it_in_every_language():
    event = make_event()
    services.close_registration(event)
    event.refresh_from_db()
    assert event.registration_closed
    with pytest.raises(RegistrationError, match="closed"):
        services.register_attendee(event, make_person())
