"""Facts (dates, figures, links, terms) are the same in every language version of a page, whichever
version a manager edited; text stays as each version translates it."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from agenda.models import EventPage
from clusters.models import ClusterPage, Sector
from portal.tests.translated_pages import manager, publish, versions
from proposals.models import FundingCallPage, ProposalPage
from tests.factories import cluster

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "ar")


def administrator():
    return get_user_model().objects.get(email="admin@example.org")


def public_page(client, page) -> str:
    response = client.get(page.specific_class.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_deadline_edited_in_french_reaches_the_english_and_arabic_pages(client, demo):
    calls = versions(FundingCallPage, "maroc-pme-import-substitution")
    publish(calls["fr"], administrator(), deadline_date=datetime.date(2031, 3, 5))

    for language in LANGUAGES:
        call = FundingCallPage.objects.get(pk=calls[language].pk)
        assert call.deadline_date == datetime.date(2031, 3, 5), language
        assert call.live and not call.has_unpublished_changes
        assert 'datetime="2031-03-05T' in public_page(client, call), language
    assert FundingCallPage.objects.get(pk=calls["en"].pk).summary == calls["en"].summary  # text stays


def test_a_proposals_facts_edited_in_french_reach_the_other_versions_but_not_its_text(client, demo):
    proposals = versions(ProposalPage, "made-in-morocco-electronic-components")
    french_summary = "Résumé réécrit en français seulement."
    publish(proposals["fr"], manager(), duration_months=42, indicative_budget=Decimal(777000), summary=french_summary)

    for language in ("en", "ar"):
        proposal = ProposalPage.objects.get(pk=proposals[language].pk)
        assert (proposal.duration_months, proposal.indicative_budget) == (42, Decimal(777000))
        assert proposal.summary == proposals[language].summary != french_summary
        page = public_page(client, proposal)
        assert "42" in page and "777" in page and french_summary not in page


def test_an_event_date_edited_in_arabic_reaches_the_other_versions(client, demo):
    events = versions(EventPage, "techdays-marseille")
    start = events["ar"].start + datetime.timedelta(days=7)
    end = events["ar"].end + datetime.timedelta(days=7)
    publish(events["ar"], administrator(), start=start, end=end)

    for language in ("en", "fr"):
        event = EventPage.objects.get(pk=events[language].pk)
        assert (event.start, event.end) == (start, end)
        assert f'datetime="{timezone.localtime(start).isoformat()}"' in public_page(client, event), language


def test_a_cluster_figure_and_its_sectors_edited_in_french_reach_the_other_versions(client, demo):
    clusters = versions(ClusterPage, "ce3m")
    sectors = list(Sector.objects.filter(slug__in=["energy", "textile"]))
    publish(clusters["fr"], manager(), smes=321, sectors=sectors, mission="<p>Seulement en français.</p>")

    for language in ("en", "ar"):
        page = ClusterPage.objects.get(pk=clusters[language].pk)
        assert page.smes == 321
        assert sorted(sector.slug for sector in page.sectors.all()) == ["energy", "textile"]
        assert page.mission == clusters[language].mission
        html = public_page(client, page)
        assert "<dd>321</dd>" in html and "Seulement en français" not in html


def test_a_link_to_a_page_becomes_a_link_to_its_translation(demo):
    proposals = versions(ProposalPage, "made-in-morocco-electronic-components")
    calls = versions(FundingCallPage, "medical-devices-for-resilient-health")
    publish(proposals["en"], manager(), funding_call=calls["en"])

    for language in LANGUAGES:
        assert ProposalPage.objects.get(pk=proposals[language].pk).funding_call_id == calls[language].pk


def test_a_version_with_unpublished_changes_keeps_them_as_a_draft(demo):
    clusters = versions(ClusterPage, "ce3m")
    live_summary = clusters["ar"].summary
    arabic_draft = clusters["ar"].get_latest_revision_as_object()
    arabic_draft.summary = "مسودة لم تنشر بعد."
    arabic_draft.save_revision(user=manager())
    publish(clusters["en"], manager(), founded_year=2011)

    arabic = ClusterPage.objects.get(pk=clusters["ar"].pk)
    assert arabic.founded_year == 2011 and arabic.summary == live_summary  # live: the fact, not the draft
    assert arabic.has_unpublished_changes
    draft = arabic.get_latest_revision_as_object()
    assert draft.founded_year == 2011 and draft.summary == "مسودة لم تنشر بعد."


def test_the_demo_proposals_end_their_partner_search_on_the_same_day_in_every_language(demo):
    for proposal in ProposalPage.objects.filter(locale__language_code="en"):
        days = set(
            ProposalPage.objects.filter(translation_key=proposal.translation_key).values_list(
                "partner_search_expires_on", flat=True
            )
        )
        assert len(days) == 1, proposal.slug


def test_the_copies_are_published_by_whoever_published_the_edit(demo):
    clusters = versions(ClusterPage, "qoot")
    publish(clusters["ar"], manager("qoot"), startups=9)
    french = ClusterPage.objects.get(pk=clusters["fr"].pk)
    assert french.live_revision.user == manager("qoot")
    assert cluster("qoot", "en").startups == 9


def test_wagtail_localize_keeps_each_versions_key_figures_when_it_syncs(demo):
    from wagtail_localize.fields import copy_synchronised_fields as copy_as_wagtail_localize_syncs

    english, arabic = cluster("ce3m", "en"), cluster("ce3m", "ar")
    english.logo_id, english.smes = None, 123
    copy_as_wagtail_localize_syncs(english, arabic)
    assert arabic.smes == 123
    assert "شركة ناشئة مدعومة" in [figure.label for figure in arabic.key_figures.all()]
