"""Every email goes through the outbox: written with the change, sent once, after commit."""

import smtplib
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail import EmailMessage, send_mail
from django.db import transaction

from outbox import services
from outbox.models import OutboxMessage


@pytest.fixture
def eager(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from portal.celery import app

    app.conf.task_always_eager = True
    return settings


def test_mail_is_stored_then_sent_after_commit(transactional_db, eager):
    with transaction.atomic():
        send_mail("Welcome", "Hello", None, ["amina@example.org"])
        row = OutboxMessage.objects.get()
        assert row.status == OutboxMessage.Status.PENDING
        assert mail.outbox == []
    row.refresh_from_db()
    assert row.status == OutboxMessage.Status.SENT
    assert [m.to for m in mail.outbox] == [["amina@example.org"]]


def test_nothing_is_sent_when_the_transaction_rolls_back(transactional_db, eager):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Welcome", "Hello", None, ["amina@example.org"])
        raise RuntimeError("the change failed")
    assert OutboxMessage.objects.count() == 0
    assert mail.outbox == []


def test_a_redelivered_task_does_not_send_twice(transactional_db, eager):
    send_mail("Once", "Only once", None, ["karim@example.org"])
    row = OutboxMessage.objects.get()
    assert services.deliver_outbox_message(row.pk) == OutboxMessage.Status.SENT
    assert len(mail.outbox) == 1


def test_attachments_and_html_survive_the_outbox(transactional_db, eager):
    message = EmailMessage("Your ticket", "See attached", None, ["nadia@example.org"])
    message.attach("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.send()
    [sent] = mail.outbox
    assert sent.attachments[0][0] == "event.ics"
    assert b"BEGIN:VCALENDAR" in (
        sent.attachments[0][1] if isinstance(sent.attachments[0][1], bytes) else sent.attachments[0][1].encode()
    )


@pytest.mark.parametrize(
    "subject",
    [
        "[Medclusters] أكد عنوان البريد الإلكتروني",
        "تذكير: يبدأ «أيام التكنولوجيا 2027 – الدار البيضاء» غدًا في الساعة التاسعة صباحًا في قاعة المؤتمرات",
        "[Medclusters] Ce compte existe déjà",
    ],
)
def test_a_written_mail_reads_back_with_its_subject_and_headers_as_sent(transactional_db, eager, tmp_path, subject):
    eager.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    eager.EMAIL_FILE_PATH = str(tmp_path)
    EmailMessage(subject, "نص الرسالة", None, ["amal@example.org"], headers={"X-Event": subject}).send()

    [written] = list(Path(tmp_path).iterdir())
    # The file backend ends each message with a line of 79 dashes.
    raw = written.read_bytes().rsplit(b"\n" + b"-" * 79, 1)[0]
    message = message_from_bytes(raw, policy=policy.default)

    assert message["Subject"] == subject
    assert message["X-Event"] == subject
    assert message["To"] == "amal@example.org"
    assert message.get_content().strip() == "نص الرسالة"


class FlakyBackend:
    """A delivery backend that fails the way a mail server does."""

    error: Exception | None = None

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        if FlakyBackend.error:
            raise FlakyBackend.error
        mail.outbox.extend(messages)
        return len(messages)


@pytest.fixture
def flaky(settings, eager):
    settings.OUTBOX_DELIVERY_BACKEND = f"{__name__}.FlakyBackend"
    yield FlakyBackend
    FlakyBackend.error = None


def test_a_transient_failure_is_retried_later(transactional_db, flaky):
    flaky.error = smtplib.SMTPServerDisconnected("connection lost")
    send_mail("Retry me", "Body", None, ["omar@example.org"])
    row = OutboxMessage.objects.get()
    assert (row.status, row.attempts) == (OutboxMessage.Status.PENDING, 1)
    assert "SMTPServerDisconnected" in row.last_error
    assert services.pending_message_ids() == []  # backing off
    OutboxMessage.objects.filter(pk=row.pk).update(next_attempt_at=row.created_at)
    flaky.error = None
    assert services.sweep_outbox() == 1
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutboxMessage.Status.SENT, 2)


def test_a_permanent_failure_is_marked_failed(transactional_db, flaky):
    flaky.error = smtplib.SMTPRecipientsRefused({"nobody@example.org": (550, b"no such user")})
    send_mail("Doomed", "Body", None, ["nobody@example.org"])
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.FAILED
    assert services.sweep_outbox() == 0


def test_a_dead_broker_neither_slows_nor_loses_mail(transactional_db, dead_broker):
    started = time.monotonic()
    send_mail("Queued", "Body", None, ["leila@example.org"])
    elapsed = time.monotonic() - started
    assert elapsed < 5
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.PENDING
    assert mail.outbox == []
    assert services.sweep_outbox() == 1  # the periodic sweep delivers it once the worker runs
    assert [m.subject for m in mail.outbox] == ["Queued"]
