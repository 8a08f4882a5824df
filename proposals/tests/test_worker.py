"""A real Celery worker, fed through the broker, delivers the email telling managers of new interest."""

import email
from email import policy

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page

from conftest import load_demo_content, reset_to_migrated_data, wait_for
from outbox.models import OutboxMessage
from portal.models import HomePage
from proposals.interests import express_interest
from proposals.models import ProposalPage

from .factories import user


def test_a_worker_sends_the_managers_notification(celery_worker):
    """Other transactional tests may have emptied the database: then the demo is loaded again."""
    if not HomePage.objects.exists():
        reset_to_migrated_data()
        ContentType.objects.clear_cache()
        if Page.get_first_root_node() is None:  # nothing was serialized to restore it from
            english = Locale.objects.get_or_create(language_code="en")[0]
            Page.add_root(instance=Page(title="Root", slug="root", locale=english))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        load_demo_content()
    proposal = ProposalPage.objects.get(slug="local-medical-devices-industry", locale__language_code="en")
    before = set(OutboxMessage.objects.values_list("pk", flat=True))
    express_interest(
        proposal,
        user("partner1@example.org"),
        organisation_name="Sfax Electronics",
        country="TN",
        role_offered="Pilot production",
        message="We would like to join.",
    )
    [row] = OutboxMessage.objects.exclude(pk__in=before)

    def delivered() -> bool:
        row.refresh_from_db()
        return row.status != OutboxMessage.Status.PENDING

    assert wait_for(delivered, 60)
    assert row.status == OutboxMessage.Status.SENT, row.last_error
    messages = [
        email.message_from_string(raw.lstrip("\n"), policy=policy.default)
        for path in celery_worker.iterdir()
        for raw in path.read_text().split("-" * 79)
        if raw.strip()
    ]
    [message] = [message for message in messages if message["To"] == "manager@ce3m.example.org"]
    assert message["Subject"].strip() == "Sfax Electronics is interested in “A local industry of medical devices”"
