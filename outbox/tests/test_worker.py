"""A real Celery worker, fed through Redis, delivers outbox mail."""

from django.core.mail import send_mail

from conftest import wait_for
from outbox.models import OutboxMessage


def test_worker_delivers_mail_queued_in_a_request(celery_worker):
    send_mail("Techdays 2027", "See you in Casablanca", None, ["salma@example.org"])
    row = OutboxMessage.objects.get()
    wait_for(lambda: OutboxMessage.objects.get(pk=row.pk).status != OutboxMessage.Status.PENDING)
    row.refresh_from_db()
    assert row.status == OutboxMessage.Status.SENT, row.last_error
    [mail_file] = list(celery_worker.iterdir())
    content = mail_file.read_text()
    assert "Subject: Techdays 2027" in content and "salma@example.org" in content
