"""Activity on the portal for the observatory's tests: events with participants, B2B meetings and
their ratings, proposals and expressions of interest, for clusters built from scratch."""

import itertools
from datetime import UTC, datetime, timedelta

from wagtail.models import Locale

from agenda.models import EventPage
from clusters.models import ClusterPage
from meetings.models import MeetingRating
from meetings.services import accept_request, rate_meeting, send_request
from meetings.tests.factories import event, participant, programme
from proposals.models import ExpressionOfInterest, ProposalPage
from tests.factories import make_person

numbers = itertools.count(1)


def held_event(organiser: ClusterPage, year: int, co_organisers: list[ClusterPage] = ()) -> EventPage:
    """An event held in `year`, with one B2B meeting between two participants, who both rated it."""
    number = next(numbers)
    page = event(f"Event {number}", organiser=organiser, start=datetime(year, 5, 20, 8, 0, tzinfo=UTC))
    if co_organisers:
        page.co_organisers = list(co_organisers)
        page.save_revision().publish()
    b2b = programme(page)
    first = participant(b2b, f"first{number}@example.org", country="MA")
    second = participant(b2b, f"second{number}@example.org", country="FR")
    before = page.start - timedelta(days=5)
    request = send_request(first, second, "Shall we meet?", now=before, notify=False)
    meeting = accept_request(request.pk, second.user, now=before, notify=False)
    after = page.end + timedelta(days=1)
    rate_meeting(meeting, first.user, MeetingRating.Outcome.COOPERATION_POSSIBLE, now=after)
    rate_meeting(meeting, second.user, MeetingRating.Outcome.INFORMATIVE, now=after)
    return page


def proposal(cluster: ClusterPage, status: str, year: int) -> ProposalPage:
    """A live proposal of `cluster` whose status last changed in `year`, with one expression of interest."""
    number = next(numbers)
    page = ProposalPage(
        title=f"Proposal {number}",
        slug=f"proposal-{number}",
        summary="A proposal.",
        objectives="<p>Objectives.</p>",
        locale=Locale.objects.get(language_code="en"),
    )
    cluster.add_child(instance=page)
    page.save_revision().publish()
    changed = datetime(year, 6, 1, tzinfo=UTC)
    ProposalPage.objects.filter(pk=page.pk).update(status=status, status_changed_at=changed)
    interest = ExpressionOfInterest.objects.create(
        proposal=page,
        author=make_person(),
        organisation_name="Partner SARL",
        country="FR",
        role_offered="Testing",
        message="We would like to join.",
    )
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(created_at=changed)
    return page
