"""A real Celery worker, fed through Redis, delivers outbox mail."""

import time

import pytest
from django.core.mail import send_mail

from outbox.models import OutboxMessage


@pytest.fixture
def celery_worker(start_celery_worker, tmp_path):
    """A worker that delivers mail as files in a folder of the test's own."""
    start_celery_worker(EMAIL_FILE_PATH=str(tmp_path), EMAIL_URL="")
    return tmp_path


def test_worker_delivers_mail_queued_in_a_request(celery_worker):
    send_mail("Techdays 2027", "See you in Casablanca", None, ["salma@example.org"])
    row = OutboxMessage.objects.get()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        row.refresh_from_db()
        if row.status != OutboxMessage.Status.PENDING:
            break
        time.sleep(0.2)
    assert row.status == OutboxMessage.Status.SENT, row.last_error
    [mail_file] = list(celery_worker.iterdir())
    content = mail_file.read_text()
    assert "Subject: Techdays 2027" in content and "salma@example.org" in content
