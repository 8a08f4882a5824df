"""Figures computed from the portal's own records, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from meetings.models import Meeting, MeetingFollowUp, ParticipantProfile
from members.models import Affiliation, MemberOrganisation
from observatory.cooperation import cooperation_links, meetings_by_country_pair
from observatory.indicators import computed_figures
from proposals.models import ProposalStatus
from tests.factories import make_cluster

from .builders import held_event, proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def clusters():
    return make_cluster("north", country="FR"), make_cluster("south", country="MA")


def test_figures_per_cluster_and_year(clusters):
    north, south = clusters
    held_event(south, 2024, co_organisers=[north])
    held_event(south, 2025)
    proposal(south, ProposalStatus.FUNDED, 2025)
    proposal(south, ProposalStatus.SUBMITTED, 2025)

    figures = computed_figures()

    in_2024, in_2025 = figures[south.translation_key][2024], figures[south.translation_key][2025]
    assert (in_2024.events_organised, in_2024.participants, in_2024.meetings) == (1, 2, 1)
    assert in_2024.outcomes == {"cooperation": 1, "informative": 1}
    assert in_2024.cooperation_possible == 1
    assert (in_2025.events, in_2025.funded_proposals, in_2025.interests) == (1, 1, 2)
    assert in_2025.proposals == {"funded": 1, "submitted": 1}
    assert figures[north.translation_key][2024].events_co_organised == 1
    assert 2025 not in figures[north.translation_key]


def test_cancelled_events_and_waiting_lists_do_not_count(clusters):
    _north, south = clusters
    page = held_event(south, 2024)
    page.registrations.update(status="waitlisted")
    assert computed_figures()[south.translation_key][2024].participants == 0
    page.cancelled = True
    page.save_revision().publish()
    assert 2024 not in computed_figures().get(south.translation_key, {}) or not (
        computed_figures()[south.translation_key][2024].events
    )


def queries_for(call) -> int:
    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries)


def test_query_count_does_not_grow_with_events_and_meetings(clusters):
    north, south = clusters
    held_event(south, 2024, co_organisers=[north])
    proposal(south, ProposalStatus.FUNDED, 2024)
    one = queries_for(computed_figures), queries_for(lambda: cooperation_links({}))
    for year in range(2015, 2024):
        held_event(south if year % 2 else north, year, co_organisers=[north if year % 2 else south])
        proposal(north, ProposalStatus.IDEA, year)
    assert sum(len(years) for years in computed_figures().values()) > 10
    assert (queries_for(computed_figures), queries_for(lambda: cooperation_links({}))) == one


def test_cooperation_between_clusters_of_different_countries(clusters):
    north, south = clusters
    same_country = make_cluster("south2", country="MA")
    before = meetings_by_country_pair().get(("FR", "MA"), 0)
    held_event(south, 2024, co_organisers=[north, same_country])
    links = cooperation_links({cluster.translation_key: cluster.country for cluster in (north, south, same_country)})
    assert list(links) == [frozenset((north.translation_key, south.translation_key))]
    assert links[frozenset((north.translation_key, south.translation_key))].events == 1
    assert meetings_by_country_pair()[("FR", "MA")] == before + 1


def test_meetings_link_the_clusters_of_the_participants_organisations(clusters):
    north, south = clusters
    page = held_event(make_cluster("elsewhere", country="TN"), 2024)
    members = {
        "MA": MemberOrganisation.objects.create(cluster=south, name="Sud SARL", type="sme"),
        "FR": MemberOrganisation.objects.create(cluster=north, name="Nord SAS", type="sme"),
    }
    for profile in ParticipantProfile.objects.filter(programme__event=page):
        Affiliation.objects.create(
            user=profile.user, organisation=members[profile.country], confirmed_at=timezone.now()
        )
    links = cooperation_links({north.translation_key: "FR", south.translation_key: "MA"})
    assert links[frozenset((north.translation_key, south.translation_key))].meetings == 1
    # A claim the cluster's managers have not confirmed links nobody.
    Affiliation.objects.filter(organisation=members["FR"]).update(confirmed_at=None)
    assert cooperation_links({north.translation_key: "FR", south.translation_key: "MA"}) == {}


def test_what_came_of_the_meetings_counts_for_the_organising_cluster(clusters):
    _north, south = clusters
    event = held_event(south, 2024)
    meeting = Meeting.objects.get(request__programme__event=event)
    answers = {"first": MeetingFollowUp.Outcome.AGREEMENT, "second": MeetingFollowUp.Outcome.EXCHANGE}
    for profile in ParticipantProfile.objects.filter(programme__event=event):
        MeetingFollowUp.objects.create(
            meeting=meeting,
            profile=profile,
            sent_at=timezone.now(),
            outcome=answers[profile.user.email.split("@")[0].rstrip("0123456789")],
            answered_at=timezone.now(),
        )
    held_event(south, 2024)  # asked nothing yet: no answer counts

    in_2024 = computed_figures()[south.translation_key][2024]

    assert in_2024.follow_ups == {"agreement": 1, "exchange": 1}
