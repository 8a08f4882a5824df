"""The cross-cluster member directory: every published cluster's member organisations and the
filters that narrow them (the free-text search over them is the search app's)."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clusters.models import ClusterPage, Sector
from portal.countries import COUNTRY_CHOICES
from portal.listing import filter_query, selected_filters
from portal.text import fold
from portal.translations import sources

from .models import CapabilityTag, MemberOrganisation, MemberOrganisationQuerySet, MemberType

RESULTS_PER_PAGE = 20
SEEKING = {"subcontracting": _("Subcontracting"), "partners": _("Partners")}


@dataclass(frozen=True)
class ListedCluster:
    pk: int
    slug: str
    title: str
    url: str


@dataclass(frozen=True)
class Directory:
    """The directory as a request filters it.

    `members` match every chosen filter; `searchable` only those the search index can apply
    (sectors and capabilities are checked on `members` afterwards).
    """

    clusters: dict[int, ListedCluster]
    options: dict[str, dict[str, Any]]
    selected: dict[str, str]
    members: MemberOrganisationQuerySet
    searchable: MemberOrganisationQuerySet

    def context(self, page_obj: Page, query: str = "", search_error: bool = False) -> dict[str, object]:
        """The template's context for one page of members (each given its `listed_cluster`)."""
        for member in page_obj.object_list:
            member.listed_cluster = self.clusters[member.cluster_id]
        return {
            "page_obj": page_obj,
            "query": query,
            "search_error": search_error,
            "selected": self.selected,
            "options": {name: list(choices.items()) for name, choices in self.options.items()},
            "is_filtered": bool(query or any(self.selected.values())),
            "query_string": filter_query({**self.selected, "q": query}),
        }


def filtered_directory(request: HttpRequest) -> Directory:
    clusters = listed_clusters(request)
    members = MemberOrganisation.objects.filter(cluster_id__in=list(clusters))
    options = filter_options(members, clusters)
    selected = selected_filters(request, options)
    matching, searchable = apply_filters(members, selected, clusters)
    return Directory(clusters, options, selected, matching, searchable)


def listed_clusters(request: HttpRequest) -> dict[int, ListedCluster]:
    """Published clusters, by the id of the page their members belong to, titled and linked in the
    visitor's language when the page is translated into it."""
    fields = ("title", "slug", "url_path", "path", "depth", "translation_key", "locale_id")
    source_pages = sources(ClusterPage.objects.live()).only(*fields)
    translated = {
        page.translation_key: page
        for page in ClusterPage.objects.live().public().filter(locale=Locale.get_active()).only(*fields)
    }
    clusters = {}
    for source in source_pages:
        page = translated.get(source.translation_key, source)
        clusters[source.pk] = ListedCluster(source.pk, source.slug, page.title, page.get_url(request) or "")
    return clusters


def filter_options(
    members: MemberOrganisationQuerySet, clusters: dict[int, ListedCluster]
) -> dict[str, dict[str, Any]]:
    """For each filter, the values it accepts and their labels, in the menu's order: only values
    some listed member has (types and seeking: all)."""
    country_names = dict(COUNTRY_CHOICES)
    countries = set(members.order_by().values_list("country", flat=True).distinct())
    with_members = set(members.order_by().values_list("cluster_id", flat=True).distinct())
    sectors = Sector.objects.filter(member_organisations__in=members).distinct()
    capabilities = CapabilityTag.objects.filter(tagged_members__content_object__in=members).distinct()
    return {
        "cluster": _sorted((c.slug, c.title) for pk, c in clusters.items() if pk in with_members),
        "country": _sorted((code, str(country_names[code])) for code in countries if code in country_names),
        "type": dict(MemberType.choices),
        "sector": _sorted((sector.slug, sector.name) for sector in sectors),
        "capability": {tag.slug: tag.name for tag in capabilities.order_by("name")},
        "seeking": SEEKING,
    }


def _sorted(options: Iterable[tuple[str, str]]) -> dict[str, str]:
    return dict(sorted(options, key=lambda option: fold(option[1])))


def apply_filters(
    members: MemberOrganisationQuerySet, selected: dict[str, str], clusters: dict[int, ListedCluster]
) -> tuple[MemberOrganisationQuerySet, MemberOrganisationQuerySet]:
    """The members matching the filters, and the same filters restricted to the search index's filter fields."""
    if selected["cluster"]:
        members = members.filter(cluster_id=next(c.pk for c in clusters.values() if c.slug == selected["cluster"]))
    if selected["country"]:
        members = members.filter(country=selected["country"])
    if selected["type"]:
        members = members.filter(type=selected["type"])
    if selected["seeking"]:
        members = members.filter(**{f"seeks_{selected['seeking']}": True})
    searchable = members
    if selected["sector"]:
        members = members.filter(sectors__slug=selected["sector"])
    if selected["capability"]:
        members = members.filter(capabilities__slug=selected["capability"])
    return members, searchable
