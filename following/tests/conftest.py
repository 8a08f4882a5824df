"""People, proposals and funding calls for the following tests, on top of the demo content."""

import datetime
import itertools

import pytest
from django.utils import timezone
from wagtail.models import Locale

from portal.models import HomePage
from proposals.models import FundingCallIndexPage, FundingCallPage, ProposalPage
from tests.factories import cluster

numbers = itertools.count(1)


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def make_proposal(demo):
    def make(title: str, *, led_by: str = "ce3m", sectors=(), challenges=(), funding_call=None, **fields):
        proposal = ProposalPage(
            title=title,
            slug=f"proposal-{next(numbers)}",
            summary=f"{title}: a joint project.",
            objectives="<p>Build it together.</p>",
            funding_call=funding_call,
            **fields,
        )
        cluster(led_by).add_child(instance=proposal)
        proposal.sectors.set(sectors)
        proposal.challenges.set(challenges)
        return publish(proposal)

    return make


@pytest.fixture
def make_call(demo):
    def make(title: str, *, deadline: datetime.date | None = None, user=None):
        home = HomePage.objects.get(locale=Locale.get_default())
        index = FundingCallIndexPage.objects.filter(locale=Locale.get_default()).first()
        if index is None:
            index = home.add_child(instance=FundingCallIndexPage(title="Funding calls", slug="funding-calls"))
            publish(index)
            translate(index, "fr", "Appels à projets")
            translate(index, "ar", "دعوات التمويل")
        call = FundingCallPage(
            title=title,
            slug=f"call-{next(numbers)}",
            programme="prima",
            summary=f"{title}: research and innovation.",
            deadline_date=deadline or timezone.localdate() + datetime.timedelta(days=20),
            deadline_timezone="Europe/Brussels",
            official_url="https://prima-med.org/calls/",
        )
        index.add_child(instance=call)
        return publish(call, user)

    return make


def translate(page, language: str, title: str):
    """A published translation of `page` into `language`, titled `title`."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    return publish(translation)
