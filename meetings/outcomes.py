"""How events' B2B meetings went: the figures of the organisers' report, and what came of the
promising ones (`outcome_totals`, counts only: nobody sees another organisation's answer)."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from wagtail.models import Page

from clusters.models import ClusterPage

from .models import Meeting, MeetingFollowUp, MeetingProgramme, MeetingRating, MeetingRequest, ParticipantProfile


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


def meeting_totals(programmes: QuerySet[MeetingProgramme]) -> OutcomeTotals:
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
    return meeting_totals(MeetingProgramme.objects.filter(event__translation_key=event.translation_key))


def outcome_totals_for_cluster(cluster: Page) -> OutcomeTotals:
    """The totals of the meetings of every event the cluster (any of its translations) organised."""
    return meeting_totals(MeetingProgramme.objects.filter(event__organiser__translation_key=cluster.translation_key))


def outcome_totals(cluster_or_programme: ClusterPage | MeetingProgramme) -> dict[str, int]:
    """What came of the promising meetings of one programme, or of every event a cluster (any of its
    translations) organised: the number of answers for each follow-up outcome, every outcome listed.
    One query, however many meetings."""
    answers = MeetingFollowUp.objects.exclude(outcome="")
    if isinstance(cluster_or_programme, MeetingProgramme):
        answers = answers.filter(meeting__request__programme=cluster_or_programme)
    else:
        answers = answers.filter(
            meeting__request__programme__event__organiser__translation_key=cluster_or_programme.translation_key
        )
    counts = dict(
        answers.order_by().values_list("outcome").annotate(answers=Count("pk")).values_list("outcome", "answers")
    )
    return {outcome: counts.get(outcome, 0) for outcome in MeetingFollowUp.Outcome.values}
