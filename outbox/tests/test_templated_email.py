"""Mail written from templates in the recipient's language, right-to-left for Arabic."""

from pathlib import Path

import pytest
from django.core import mail

from outbox import services


@pytest.fixture
def greeting_templates(settings, eager):
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"]}
    ]


@pytest.fixture
def eager(settings):
    from portal.celery import app

    settings.CELERY_TASK_ALWAYS_EAGER = True
    app.conf.task_always_eager = True


@pytest.mark.parametrize(
    ("language", "direction"),
    [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")],
)
def test_a_templated_message_is_rendered_in_the_recipients_language(
    transactional_db, greeting_templates, language, direction
):
    services.queue_templated_email(
        to=["amal@example.org"],
        language=language,
        template="greeting/mail",
        context={"name": "Amal <b>"},
        attachments=[("event.ics", b"BEGIN:VCALENDAR", "text/calendar")],
    )

    (sent,) = mail.outbox
    html, mimetype = sent.alternatives[0]
    assert sent.to == ["amal@example.org"]
    assert mimetype == "text/html"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert "Amal &lt;b&gt;" in html
    assert "http://" in sent.body
    assert sent.attachments[0][0] == "event.ics"
    assert sent.subject.endswith("Amal <b>")
    assert "\n" not in sent.subject
    assert "Amal <b>" in sent.body
