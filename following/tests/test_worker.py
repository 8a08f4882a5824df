"""A real Celery worker, fed through Redis, runs the weekly digest task and delivers the digests."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from clusters.models import Sector
from conftest import wait_for
from following import digest, services
from following.models import DigestDelivery
from following.tasks import send_weekly_digests
from outbox.models import OutboxMessage
from outbox.tasks import sweep_outbox
from proposals.models import ProposalPage
from tests.factories import make_person


def test_the_digest_runs_every_monday_morning():
    entry = settings.CELERY_BEAT_SCHEDULE["following-weekly-digest"]
    assert entry["task"] == "following.tasks.send_weekly_digests"
    assert entry["schedule"].day_of_week == {1} and entry["schedule"].hour == {6}


def test_a_worker_sends_the_weekly_digest_once(celery_worker):
    # A tree of our own: an earlier transactional test may have emptied the database, root page included.
    ContentType.objects.clear_cache()
    locale, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    textile, _created = Sector.objects.get_or_create(
        slug="textile", defaults={"name_en": "Textile", "name_fr": "Textile", "name_ar": "النسيج"}
    )
    proposal = root.add_child(
        instance=ProposalPage(title="Recycled denim", slug="denim", summary="x", objectives="<p>x</p>")
    )
    proposal.sectors.set([textile])
    proposal.save_revision().publish()
    reader = make_person("rim@example.org", language="fr")
    services.follow(reader, textile)

    send_weekly_digests.delay()
    assert wait_for(lambda: OutboxMessage.objects.exists())
    # The worker hands the mail to the outbox's queue; the test's worker listens on a queue of its
    # own, so the outbox sweep (a beat entry in production) is what sends it here.
    sweep_outbox.delay()
    assert wait_for(lambda: OutboxMessage.objects.filter(status=OutboxMessage.Status.SENT).exists())
    [mail_file] = list(celery_worker.iterdir())
    content = mail_file.read_text()
    assert "rim@example.org" in content and "Recycled denim" in content
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in content

    assert DigestDelivery.objects.filter(user=reader).count() == 1
    assert digest.send_weekly_digests() == 0  # the week is recorded: a second run sends nothing
    assert OutboxMessage.objects.count() == 1
