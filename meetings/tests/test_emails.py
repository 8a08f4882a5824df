"""Each mail of the meetings reaches its recipient in their own language, with links to the portal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction

from meetings import expiry, services

from . import factories

SUBJECTS = {
    "en": "Atlas Composites would like to meet you at Test Techdays",
    "fr": "Atlas Composites souhaite vous rencontrer à Test Techdays",
    "ar": "ترغب Atlas Composites في لقائك في Test Techdays",
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_request_is_announced_in_the_recipients_language(language, b2b, amina, before_event, committed):
    recipient = factories.participant(b2b, f"recipient-{language}@example.org", language)
    mail.outbox.clear()
    with committed():
        services.send_request(amina, recipient, "Bonjour, parlons composites.", now=before_event)
    [message] = mail.outbox
    assert message.subject == SUBJECTS[language]
    html = message.alternatives[0][0]
    assert f'lang="{language}"' in html and ('dir="rtl"' in html) == (language == "ar")
    assert f"/{language}/events/{b2b.event_id}/b2b/requests/" in message.body
    assert "Bonjour, parlons composites." in message.body


def test_every_step_mails_the_right_person_in_their_language(b2b, amina, karim, before_event, committed):
    """Amina writes French, Karim Arabic: each reads their own mail in their own language."""
    mail.outbox.clear()
    with committed():
        first = services.send_request(amina, karim, "1", now=before_event)
        services.accept_request(first.pk, karim.user, before_event)
    received, *accepted = mail.outbox
    assert received.to == ["karim@example.org"] and "ترغب" in received.subject
    by_person = {message.to[0]: message for message in accepted}
    assert by_person["amina@example.org"].subject.startswith("Rendez-vous B2B avec Cedar Sensors à ")
    assert by_person["karim@example.org"].subject.startswith("لقاء أعمال ثنائي مع Atlas Composites")
    assert (
        "table 1" in by_person["amina@example.org"].body and "Africa/Casablanca" in by_person["amina@example.org"].body
    )

    lucia = factories.participant(b2b, "lucia-mail@example.org", "en", "Valencia Robotics")
    mail.outbox.clear()
    with committed():
        declined = services.send_request(lucia, amina, "2", now=before_event)
        services.decline_request(declined.pk, amina.user, before_event)
    assert mail.outbox[-1].to == ["lucia-mail@example.org"]
    assert mail.outbox[-1].subject == "Atlas Composites declined your meeting request"

    mail.outbox.clear()
    with committed():
        services.send_request(karim, lucia, "3", now=before_event)
        expiry.remind_and_expire_requests(before_event + timedelta(hours=40))
        expiry.remind_and_expire_requests(before_event + timedelta(hours=48))
    reminder, expired = mail.outbox[1:]
    assert reminder.to == ["lucia-mail@example.org"]
    assert reminder.subject == "Reminder: Cedar Sensors is waiting for your answer"
    assert (
        expired.to == ["karim@example.org"]
        and expired.subject == "انتهت صلاحية طلب اللقاء المرسل إلى Valencia Robotics"
    )


def test_nothing_is_mailed_when_the_change_is_rolled_back(amina, karim, before_event, committed):
    mail.outbox.clear()
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        services.send_request(amina, karim, "Hello", now=before_event)
        raise RuntimeError("the request failed later")
    assert mail.outbox == []
    assert not amina.sent_requests.exists()
