"""Registration mail: in the attendee's language, with a calendar file and a QR code, delivered
through the outbox even when the broker is away, and by a real worker when it is there."""

import email
import time
from email import policy

import icalendar
import pytest
from django.core import mail

from agenda import services
from agenda.models import Registration
from outbox.models import OutboxMessage
from outbox.services import sweep_outbox

from .factories import make_event, make_user
from .test_concurrency import page_tree  # noqa: F401 - fixture

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
        registration = services.register_attendee(event, make_user(language=language))
    [message] = mail.outbox
    assert message.subject == SUBJECTS[language].format(title=event.title)
    html = message.alternatives[0][0]
    assert f'lang="{language}"' in html and f'dir="{"rtl" if language == "ar" else "ltr"}"' in html
    assert services.cancel_token(registration) in message.body
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
    seat = services.register_attendee(event, make_user(language="fr"))
    with django_capture_on_commit_callbacks(execute=True):
        services.register_attendee(event, make_user(language="fr"))
        services.cancel_registration(seat)
    assert [m.subject for m in mail.outbox] == [
        f"Vous êtes sur la liste d’attente de {event.title}",
        f"Votre inscription à {event.title} est annulée",
        f"Une place est à vous : {event.title}",
    ]
    assert "numéro 1 sur la liste d’attente" in mail.outbox[0].body


def test_without_a_broker_the_registration_succeeds_and_the_sweep_sends_its_mail(page_tree, settings):  # noqa: F811
    from portal.celery import app

    event = make_event()
    person = make_user()
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    previous = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    try:
        started = time.monotonic()
        registration = services.register_attendee(event, person)
        elapsed = time.monotonic() - started
    finally:
        app.conf.broker_url = previous
        app.conf.task_always_eager = True
    assert elapsed < 5
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
    row = OutboxMessage.objects.get(recipients=[person.email])
    assert row.status == OutboxMessage.Status.PENDING and mail.outbox == []
    assert sweep_outbox() == 1  # the broker is back: the periodic sweep delivers it
    assert [m.to for m in mail.outbox] == [[person.email]]


def test_a_real_worker_sends_the_confirmation(page_tree, start_celery_worker, tmp_path):  # noqa: F811
    start_celery_worker(EMAIL_FILE_PATH=str(tmp_path), EMAIL_URL="")
    event = make_event()
    person = make_user()
    services.register_attendee(event, person)
    row = OutboxMessage.objects.get(recipients=[person.email])
    deadline = time.monotonic() + 60
    while row.status == OutboxMessage.Status.PENDING and time.monotonic() < deadline:
        time.sleep(0.2)
        row.refresh_from_db()
    assert row.status == OutboxMessage.Status.SENT, row.last_error
    [mail_file] = list(tmp_path.iterdir())
    message = email.message_from_string(mail_file.read_text().lstrip("\n"), policy=policy.default)
    assert message["Subject"] == f"Your registration for {event.title} is confirmed"
    [calendar] = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    [entry] = icalendar.Calendar.from_ical(calendar.get_content()).walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title
