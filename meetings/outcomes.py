"""How events' B2B meetings went: the figures of the organisers' report."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.models import Page

from .models import Meeting, MeetingProgramme, MeetingRating, MeetingRequest, ParticipantProfile


@dataclass
class OutcomeTotals:
    """The figures of one or more events' B2B meetings."""

    participants: int
    requests: int
    meetings: int
    ratings: dict[str, int]

    @property
    def cooperation_possible(self) -> int:
        return self.ratings.get(MeetingRating.Outcome.COOPERATION_POSSIBLE, 0)


def outcome_totals(programmes: QuerySet[MeetingProgramme]) -> OutcomeTotals:
    ratings = Counter(
        MeetingRating.objects.filter(meeting__request__programme__in=programmes).values_list("outcome", flat=True)
    )
    return OutcomeTotals(
        participants=ParticipantProfile.objects.filter(programme__in=programmes).count(),
        requests=MeetingRequest.objects.filter(programme__in=programmes).count(),
        meetings=Meeting.objects.filter(request__programme__in=programmes).count(),
        ratings={outcome: ratings.get(outcome, 0) for outcome in MeetingRating.Outcome.values},
    )


def outcome_totals_for_event(event: Page) -> OutcomeTotals:
    """The totals of one event's meetings (any of its translations)."""
    return outcome_totals(MeetingProgramme.objects.filter(event__translation_key=event.translation_key))


def outcome_totals_for_cluster(cluster: Page) -> OutcomeTotals:
    """The totals of the meetings of every event the cluster (any of its translations) organised."""
    return outcome_totals(MeetingProgramme.objects.filter(event__organiser__translation_key=cluster.translation_key))
