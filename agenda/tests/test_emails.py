"""Registration mail: in the attendee's language, with a calendar file and a QR code, delivered
through the outbox even when the broker is away, and by a real worker when it is there."""

import email
import re
import time
from email import policy

import icalendar
import pytest
from django.core import mail

from agenda import services
from agenda.models import Registration
from agenda.signed_links import CANCEL_SALT, registration_from_token
from conftest import wait_for
from outbox.models import OutboxMessage
from outbox.services import sweep_outbox
from tests.factories import make_person

from .factories import make_event

SUBJECTS = {
    "en": "Your registration for {title} is confirmed",
    "fr": "Votre inscription à {title} est confirmée",
    "ar": "تم تأكيد تسجيلك في {title}",
}


def attachment(message, mimetype: str) -> bytes:
    [content] = [content for _name, content, kind in message.attachments if kind == mimetype]
    return content.encode() if isinstance(content, str) else content


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_confirmation_is_in_the_attendees_language_with_a_calendar_file_and_qr_code(
    language, django_capture_on_commit_callbacks
):
    event = make_event()
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register_attendee(event, make_person(language=language))
    [message] = mail.outbox
    assert message.subject == SUBJECTS[language].format(title=event.title)
    html = message.alternatives[0][0]
    assert f'lang="{language}"' in html and f'dir="{"rtl" if language == "ar" else "ltr"}"' in html
    [token] = re.findall(r"/cancel/([\w-]+)/", message.body)
    assert registration_from_token(event, token, CANCEL_SALT) == registration
    assert "Africa/Casablanca" in message.body

    calendar = icalendar.Calendar.from_ical(attachment(message, "text/calendar"))
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title
    assert entry["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert entry.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Africa/Casablanca"]
    assert attachment(message, "image/png").startswith(b"\x89PNG")


@pytest.mark.django_db
def test_waiting_list_promotion_and_cancellation_mail_in_french(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    seat = services.register_attendee(event, make_person(language="fr"))
    with django_capture_on_commit_callbacks(execute=True):
        services.register_attendee(event, make_person(language="fr"))
        services.cancel_registration(seat)
    assert [m.subject for m in mail.outbox] == [
        f"Vous êtes sur la liste d’attente de {event.title}",
        f"Votre inscription à {event.title} est annulée",
        f"Une place est à vous : {event.title}",
    ]
    assert "numéro 1 sur la liste d’attente" in mail.outbox[0].body


def test_without_a_broker_the_registration_succeeds_and_the_sweep_sends_its_mail(page_tree, dead_broker):
    event = make_event()
    person = make_person()
    started = time.monotonic()
    registration = services.register_attendee(event, person)
    assert time.monotonic() - started < 5
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
    row = OutboxMessage.objects.get(recipients=[person.email])
    assert row.status == OutboxMessage.Status.PENDING and mail.outbox == []
    assert sweep_outbox() == 1  # the periodic sweep delivers it, broker or not
    assert [m.to for m in mail.outbox] == [[person.email]]


def test_a_real_worker_sends_the_confirmation(page_tree, celery_worker):
    event = make_event()
    person = make_person()
    services.register_attendee(event, person)
    row = OutboxMessage.objects.get(recipients=[person.email])
    assert wait_for(lambda: OutboxMessage.objects.get(pk=row.pk).status != OutboxMessage.Status.PENDING)
    row.refresh_from_db()
    assert row.status == OutboxMessage.Status.SENT, row.last_error
    [mail_file] = list(celery_worker.iterdir())
    message = email.message_from_string(mail_file.read_text().lstrip("\n"), policy=policy.default)
    assert message["Subject"] == f"Your registration for {event.title} is confirmed"
    [calendar] = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    [entry] = icalendar.Calendar.from_ical(calendar.get_content()).walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title


@pytest.mark.parametrize(
    ("language", "first_name", "greeting"),
    [
        ("fr", "Amina", "Bonjour Amina,"),
        ("ar", "أمينة", "مرحبًا أمينة،"),
        ("en", "", "Hello,"),
    ],
)
def test_mails_greet_the_person_by_name_in_their_language(
    demo, django_capture_on_commit_callbacks, language, first_name, greeting
):
    """The greeting every mail of the portal starts with (outbox/greeting.txt), text and HTML."""
    person = make_person(language=language, first_name=first_name, last_name="Benali" if first_name else "")
    with django_capture_on_commit_callbacks(execute=True):
        services.register_attendee(make_event(), person)
    [sent] = [message for message in mail.outbox if message.to == [person.email]]
    assert sent.body.splitlines()[0] == greeting
    assert f"<p>{greeting}</p>" in sent.alternatives[0][0]
