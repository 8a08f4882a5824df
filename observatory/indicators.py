"""Figures the portal works out from its own data, per cluster and year: events and their
participants, B2B meetings and how they went, proposals and the interest they draw.

Every function here runs a fixed number of aggregate queries, however many events, meetings or
proposals there are. A cluster is known by its `translation_key` (the same in every language).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Coalesce, ExtractYear, Length, Substr

from agenda.models import EventPage, Registration
from clusters.models import ClusterPage
from meetings.models import Meeting, MeetingFollowUp, MeetingRating
from portal.translations import sources
from proposals.models import ExpressionOfInterest, ProposalPage, ProposalStatus

Outcome = MeetingRating.Outcome


@dataclass
class ComputedFigures:
    """One cluster's figures for one year, from the portal's own records."""

    events_organised: int = 0
    events_co_organised: int = 0
    participants: int = 0  # confirmed registrations
    checked_in: int = 0
    meetings: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)  # ratings given, by outcome
    follow_ups: dict[str, int] = field(default_factory=dict)  # what came of meetings, as participants answered
    proposals: dict[str, int] = field(default_factory=dict)  # by status
    interests: int = 0  # expressions of interest received

    @property
    def events(self) -> int:
        return self.events_organised + self.events_co_organised

    @property
    def funded_proposals(self) -> int:
        return self.proposals.get(ProposalStatus.FUNDED, 0)

    @property
    def cooperation_possible(self) -> int:
        return self.outcomes.get(Outcome.COOPERATION_POSSIBLE, 0)


ByClusterAndYear = dict[UUID, dict[int, ComputedFigures]]


def computed_figures(cluster_keys: Iterable[UUID] | None = None) -> ByClusterAndYear:
    """The computed figures of each cluster (all of them, or those of `cluster_keys`), year by year."""
    keys = None if cluster_keys is None else list(cluster_keys)
    figures: ByClusterAndYear = defaultdict(lambda: defaultdict(ComputedFigures))

    def add(rows, key_field: str = "key"):
        for row in rows:
            if row[key_field] is not None and row["year"] is not None and (keys is None or row[key_field] in keys):
                yield figures[row[key_field]][row["year"]], row

    for target, row in add(_events("organiser")):
        target.events_organised = row["count"]
    for target, row in add(_events("co_organisers")):
        target.events_co_organised = row["count"]
    for target, row in add(_participants()):
        target.participants, target.checked_in = row["confirmed"], row["checked_in"]
    for target, row in add(_meetings()):
        target.meetings = row["count"]
    for target, row in add(meeting_outcome_totals()):
        target.outcomes[row["outcome"]] = row["count"]
    for target, row in add(follow_up_totals()):
        target.follow_ups[row["outcome"]] = row["count"]
    clusters_by_path = _cluster_keys_by_path()
    for target, row in add(_with_cluster(_proposals(), clusters_by_path)):
        target.proposals[row["status"]] = target.proposals.get(row["status"], 0) + row["count"]
    for target, row in add(_with_cluster(_interests(), clusters_by_path)):
        target.interests += row["count"]
    return {key: dict(years) for key, years in figures.items()}


def _events(relation: str) -> QuerySet:
    """Live events (one version each, none cancelled) per cluster and year, through `relation`."""
    events = sources(EventPage.objects.live()).filter(cancelled=False)
    return (
        events.order_by()
        .values(key=F(f"{relation}__translation_key"), year=ExtractYear("start"))
        .annotate(count=Count("pk", distinct=True))
    )


def _participants() -> QuerySet:
    registrations = Registration.objects.filter(status=Registration.Status.CONFIRMED, event__cancelled=False)
    return (
        registrations.order_by()
        .values(key=F("event__organiser__translation_key"), year=ExtractYear("event__start"))
        .annotate(confirmed=Count("pk"), checked_in=Count("pk", filter=Q(checked_in_at__isnull=False)))
    )


def _meetings() -> QuerySet:
    return (
        Meeting.objects.order_by()
        .values(key=F("request__programme__event__organiser__translation_key"), year=ExtractYear("slot__starts_at"))
        .annotate(count=Count("pk"))
    )


def meeting_outcome_totals() -> QuerySet:
    """How the B2B meetings went, per organising cluster, year and outcome: the ratings participants gave.

    Each row has `key`, `year`, `outcome` and `count`. Outcomes recorded elsewhere later (follow-ups
    of a meeting, say) would be counted here, in rows of the same shape, so every page and download
    of the observatory shows them.
    """
    return (
        MeetingRating.objects.order_by()
        .values(
            "outcome",
            key=F("meeting__request__programme__event__organiser__translation_key"),
            year=ExtractYear("meeting__slot__starts_at"),
        )
        .annotate(count=Count("pk"))
    )


def follow_up_totals() -> QuerySet:
    """What came of the B2B meetings weeks later (an exchange, an agreement, a joint project), per
    organising cluster, year of the meeting and answer: totals only, never who answered what."""
    return (
        MeetingFollowUp.objects.exclude(outcome="")
        .order_by()
        .values(
            "outcome",
            key=F("meeting__request__programme__event__organiser__translation_key"),
            year=ExtractYear("meeting__slot__starts_at"),
        )
        .annotate(count=Count("pk"))
    )


def parent_path(path_field: str) -> Substr:
    """The tree path of the parent page, worked out in the query (a proposal's parent is its cluster)."""
    return Substr(path_field, 1, Length(path_field) - ProposalPage.steplen)


def _proposals() -> QuerySet:
    """Live proposals (one version each) by lead cluster, status and the year their status last changed."""
    proposals = sources(ProposalPage.objects.live())
    return (
        proposals.order_by()
        .values(
            "status", parent=parent_path("path"), year=ExtractYear(Coalesce("status_changed_at", "first_published_at"))
        )
        .annotate(count=Count("pk"))
    )


def _interests() -> QuerySet:
    return (
        ExpressionOfInterest.objects.order_by()
        .values(parent=parent_path("proposal__path"), year=ExtractYear("created_at"))
        .annotate(count=Count("pk"))
    )


def _cluster_keys_by_path() -> dict[str, UUID]:
    return dict(ClusterPage.objects.values_list("path", "translation_key"))


def _with_cluster(rows: QuerySet, clusters_by_path: dict[str, UUID]):
    for row in rows:
        yield {**row, "key": clusters_by_path.get(row["parent"])}
