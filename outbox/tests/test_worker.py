"""A real Celery worker, fed through Redis, delivers outbox mail."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.mail import send_mail

from conftest import require_service
from outbox.models import OutboxMessage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def celery_worker(transactional_db, tmp_path, settings):
    require_service("broker")
    require_service("postgres")
    from portal.celery import app

    queue = f"test-{uuid.uuid4().hex[:8]}"
    database = django_settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
        "EMAIL_FILE_PATH": str(tmp_path),
    }
    env.pop("EMAIL_URL", None)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "-Q",
            queue,
            "-c",
            "1",
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    previous = (app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = os.environ["CELERY_BROKER_URL"]
    app.conf.task_default_queue = queue
    yield tmp_path
    app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue = previous
    worker.terminate()
    output = worker.communicate(timeout=30)[0]
    if output:
        print(output.decode(errors="replace"))


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
