"""North–south cooperation: which clusters of different countries work together on the portal.

Three kinds of link, each counted per pair of clusters, in a fixed number of queries:

- B2B meetings between people whose organisations belong to the two clusters (a person's
  organisation is the member organisation their cluster's managers confirmed);
- events one organises and the other co-organises;
- proposals one leads and the other (or one of its members) joins as a consortium partner.

Pairs of clusters in the same country are left out: the observatory shows cooperation across borders.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from django.db.models import Count, F, QuerySet
from django.db.models.functions import Coalesce

from agenda.models import EventPage
from clusters.models import ClusterPage
from meetings.models import Meeting
from portal.translations import sources
from proposals.models import ConsortiumMember

from .indicators import parent_path

Pair = frozenset[UUID]


@dataclass
class Links:
    meetings: int = 0
    events: int = 0
    proposals: int = 0

    @property
    def total(self) -> int:
        return self.meetings + self.events + self.proposals


def cooperation_links(countries: dict[UUID, str]) -> dict[Pair, Links]:
    """The links between each pair of the clusters in `countries` (translation key → country) whose
    countries differ."""
    links: dict[Pair, Links] = defaultdict(Links)

    def pairs(rows: Iterable[dict]):
        for row in rows:
            first, second = row["first"], row["second"]
            if first in countries and second in countries and countries[first] != countries[second]:
                yield links[frozenset((first, second))], row["count"]

    for pair, count in pairs(_meetings()):
        pair.meetings += count
    for pair, count in pairs(_co_organised_events()):
        pair.events += count
    by_path = dict(ClusterPage.objects.values_list("path", "translation_key"))
    partnerships = ({**row, "first": by_path.get(row["lead"])} for row in _partnerships())
    for pair, count in pairs(partnerships):
        pair.proposals += count
    return dict(links)


def _affiliated_cluster(side: str) -> str:
    return f"request__{side}__user__affiliation__organisation__cluster__translation_key"


def _meetings() -> QuerySet:
    confirmed = {f"request__{side}__user__affiliation__confirmed_at__isnull": False for side in ("sender", "recipient")}
    return (
        Meeting.objects.filter(**confirmed)
        .order_by()
        .values(first=F(_affiliated_cluster("sender")), second=F(_affiliated_cluster("recipient")))
        .annotate(count=Count("pk"))
    )


def _co_organised_events() -> QuerySet:
    events = sources(EventPage.objects.live()).filter(cancelled=False, co_organisers__isnull=False)
    return (
        events.order_by()
        .values(first=F("organiser__translation_key"), second=F("co_organisers__translation_key"))
        .annotate(count=Count("pk", distinct=True))
    )


def _partnerships() -> QuerySet:
    """Proposals per lead cluster (by its tree path) and partner cluster, directly or through a member."""
    return (
        ConsortiumMember.objects.filter(proposal__live=True)
        .order_by()
        .values(
            lead=parent_path("proposal__path"),
            second=Coalesce("cluster__translation_key", "member_organisation__cluster__translation_key"),
        )
        .annotate(count=Count("proposal", distinct=True))
    )


def meetings_by_country_pair() -> dict[tuple[str, str], int]:
    """B2B meetings between participants of two different countries, as they gave them in their
    profiles, whatever their cluster: the pair in alphabetical order."""
    rows = (
        Meeting.objects.exclude(request__sender__country=F("request__recipient__country"))
        .order_by()
        .values(first=F("request__sender__country"), second=F("request__recipient__country"))
        .annotate(count=Count("pk"))
    )
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        first, second = sorted((row["first"], row["second"]))
        pairs[(first, second)] += row["count"]
    return dict(pairs)
