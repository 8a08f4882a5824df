"""The observatory: every cluster side by side, and the cooperation between clusters of different countries."""

from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from django.utils.translation import gettext as _
from wagtail.models import Locale

from clusters.models import ClusterPage, Sector
from portal.countries import COUNTRY_CHOICES
from portal.lists import join_list

from .charts import Chart, bar_chart, format_number
from .cluster_figures import MEMBER_TYPES
from .cooperation import Links, cooperation_links, meetings_by_country_pair
from .indicators import computed_figures
from .models import ClusterYearFigures


@dataclass
class ClusterSummary:
    cluster: ClusterPage
    latest: ClusterYearFigures | None
    events: int
    meetings: int
    proposals: int
    funded_proposals: int

    def cells(self) -> list:
        """The row of the comparison table, as stored (for the downloads)."""
        latest = self.latest
        members = [getattr(latest, field) if latest else None for field, _label in MEMBER_TYPES]
        return [
            self.cluster.title,
            self.cluster.get_country_display(),
            latest.year if latest else None,
            *members,
            latest.collaborative_projects if latest else None,
            self.events,
            self.meetings,
            self.proposals,
            self.funded_proposals,
            latest.funding_amount if latest else None,
            latest.funding_currency if latest and latest.funding_amount is not None else "",
        ]

    def shown(self) -> list[str]:
        """The same row as a reader sees it."""
        cells = self.cells()
        plus = "+" if self.latest and self.latest.minimums else ""
        shown = [cells[0], cells[1], str(cells[2]) if cells[2] else "—"]
        shown += [format_number(value) + (plus if value is not None else "") for value in cells[3:8]]
        shown += [format_number(value) for value in cells[8:12]]
        shown.append(f"{format_number(cells[12])} {cells[13]}".strip() if cells[12] is not None else "—")
        return shown


def comparison_headers() -> list[str]:
    return [
        _("Cluster"),
        _("Country"),
        _("Year of the figures"),
        *[str(label) for _field, label in MEMBER_TYPES],
        _("Collaborative projects"),
        _("Events organised or co-organised"),
        _("B2B meetings"),
        _("Proposals"),
        _("Funded proposals"),
        _("Funding obtained"),
        _("Currency"),
    ]


def listed_clusters(locale: Locale, country: str = "", sector: str = "") -> list[ClusterPage]:
    clusters = ClusterPage.objects.for_listing(locale)
    if country:
        clusters = clusters.filter(country=country)
    if sector:
        clusters = clusters.filter(sectors__slug=sector)
    return list(clusters.distinct())


def filter_options(locale: Locale) -> tuple[list[tuple[str, str]], list[Sector]]:
    clusters = ClusterPage.objects.for_listing(locale)
    names = dict(COUNTRY_CHOICES)
    countries = sorted(
        {(code, str(names[code])) for code in clusters.values_list("country", flat=True)}, key=lambda c: c[1]
    )
    sectors = sorted(Sector.objects.filter(clusters__in=clusters).distinct(), key=lambda term: term.name)
    return countries, sectors


def summaries(clusters: list[ClusterPage]) -> list[ClusterSummary]:
    keys = [cluster.translation_key for cluster in clusters]
    latest: dict[UUID, ClusterYearFigures] = {}
    for figures in (
        ClusterYearFigures.objects.filter(cluster__translation_key__in=keys).select_related("cluster").order_by("year")
    ):
        latest[figures.cluster.translation_key] = figures
    computed = computed_figures(keys)
    rows = []
    for cluster in clusters:
        years = computed.get(cluster.translation_key, {}).values()
        rows.append(
            ClusterSummary(
                cluster,
                latest.get(cluster.translation_key),
                events=sum(year.events for year in years),
                meetings=sum(year.meetings for year in years),
                proposals=sum(sum(year.proposals.values()) for year in years),
                funded_proposals=sum(year.funded_proposals for year in years),
            )
        )
    return rows


def activity_charts(rows: list[ClusterSummary]) -> list[Chart]:
    charts = []
    for key, label, read in (
        ("clusters-events", _("Events organised or co-organised"), lambda row: row.events),
        ("clusters-meetings", _("B2B meetings"), lambda row: row.meetings),
    ):
        items = [(row.cluster.title, read(row)) for row in rows]
        if any(value for _title, value in items):
            values = join_list(f"{title} {format_number(value)}" for title, value in items)
            charts.append(
                bar_chart(
                    key,
                    _("%(indicator)s per cluster") % {"indicator": label},
                    _("%(indicator)s per cluster, all years: %(values)s.") % {"indicator": label, "values": values},
                    items,
                    [_("Cluster"), label],
                )
            )
    return charts


@dataclass
class Cooperation:
    clusters: list[ClusterPage]
    links: dict[frozenset[UUID], Links]
    country_pairs: list[tuple[str, str, int]]

    def matrix(self) -> list[tuple[ClusterPage, list[Links | None]]]:
        """Each cluster's row: its links with every cluster (None on the diagonal)."""
        return [
            (
                row,
                [
                    None
                    if row.translation_key == column.translation_key
                    else self.links.get(frozenset((row.translation_key, column.translation_key)), Links())
                    for column in self.clusters
                ],
            )
            for row in self.clusters
        ]

    def pairs(self) -> list[tuple[ClusterPage, ClusterPage, Links]]:
        by_key = {cluster.translation_key: cluster for cluster in self.clusters}
        found = []
        for pair, links in self.links.items():
            first, second = sorted((by_key[key] for key in pair), key=lambda cluster: cluster.title)
            found.append((first, second, links))
        return sorted(found, key=lambda item: (-item[2].total, item[0].title, item[1].title))

    def chart(self) -> Chart | None:
        items = [(f"{first.title} – {second.title}", links.total) for first, second, links in self.pairs()]
        if not items:
            return None
        return bar_chart(
            "cooperation",
            _("Links between clusters of different countries"),
            _("Meetings, co-organised events and joint proposals between clusters of different countries: %(values)s.")
            % {"values": join_list(f"{label} {format_number(value)}" for label, value in items)},
            items,
            [_("Clusters"), _("Links")],
        )


def cooperation(clusters: list[ClusterPage]) -> Cooperation:
    countries = {cluster.translation_key: cluster.country for cluster in clusters}
    names = dict(COUNTRY_CHOICES)
    pairs = defaultdict(int)
    for (first, second), count in meetings_by_country_pair().items():
        pairs[(str(names.get(first, first)), str(names.get(second, second)))] += count
    country_pairs = sorted(((first, second, count) for (first, second), count in pairs.items()), key=lambda p: -p[2])
    return Cooperation(clusters, cooperation_links(countries), country_pairs)
