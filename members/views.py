"""The cross-cluster member directory: every published cluster's member organisations, filtered and searched."""

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clusters.countries import COUNTRY_CHOICES
from clusters.models import ClusterPage, Sector
from search.services import DATABASE_BACKEND, search_backend_for_query, search_with_fallback

from .models import CapabilityTag, MemberOrganisation, MemberType, in_default_locale

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
SEEKING = {"subcontracting": _("Subcontracting"), "partners": _("Partners")}
FILTERS = ("cluster", "country", "type", "sector", "capability", "seeking")


@dataclass(frozen=True)
class ListedCluster:
    pk: int
    slug: str
    title: str
    url: str


def listed_clusters(request: HttpRequest) -> dict[int, ListedCluster]:
    """Published clusters, by the id of the page their members belong to, titled and linked in the
    visitor's language when the page is translated into it."""
    fields = ("title", "slug", "url_path", "path", "depth", "translation_key", "locale_id")
    sources = ClusterPage.objects.live().filter(in_default_locale()).only(*fields)
    translated = {
        page.translation_key: page
        for page in ClusterPage.objects.live().public().filter(locale=Locale.get_active()).only(*fields)
    }
    clusters = {}
    for source in sources:
        page = translated.get(source.translation_key, source)
        clusters[source.pk] = ListedCluster(source.pk, source.slug, page.title, page.get_url(request) or "")
    return clusters


def directory(request: HttpRequest) -> HttpResponse:
    clusters = listed_clusters(request)
    members = MemberOrganisation.objects.filter(cluster_id__in=list(clusters))
    options = _options(members, clusters)
    selected = _selected(request, options)
    members, searchable = _filtered(members, selected, clusters)
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
    search_error = False
    if query:
        try:
            outcome = search_with_fallback(searchable, query)
            ranked = [hit.pk for hit in outcome.results]
            # A word being typed (“precis”) matches names that start with it.
            backend = DATABASE_BACKEND if outcome.reduced_mode else search_backend_for_query()
            ranked = ranked or [hit.pk for hit in searchable.autocomplete(query, backend=backend)]
        except Exception:
            logger.exception("Member search failed for %r", query)
            ranked, search_error = [], True
        allowed = set(members.filter(pk__in=ranked).values_list("pk", flat=True))
        page = Paginator([pk for pk in ranked if pk in allowed], RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        by_id = MemberOrganisation.objects.filter(pk__in=page.object_list).for_listing().in_bulk()
        page.object_list = [by_id[pk] for pk in page.object_list]
    else:
        page = Paginator(members.order_by("name", "pk").for_listing(), RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        page.object_list = list(page.object_list)
    for member in page.object_list:
        member.listed_cluster = clusters[member.cluster_id]
    chosen = {name: value for name, value in selected.items() if value}
    context = {
        "page_obj": page,
        "query": query,
        "search_error": search_error,
        "selected": selected,
        "options": options,
        "is_filtered": bool(chosen or query),
        "query_string": urlencode({**chosen, **({"q": query} if query else {})}),
    }
    return TemplateResponse(request, "members/directory.html", context)


def _options(members: QuerySet[MemberOrganisation], clusters: dict[int, ListedCluster]) -> dict[str, list]:
    """The choices each filter offers: only values some listed member has (types and seeking: all)."""
    country_names = dict(COUNTRY_CHOICES)
    countries = set(members.order_by().values_list("country", flat=True).distinct())
    with_members = set(members.order_by().values_list("cluster_id", flat=True).distinct())
    return {
        "cluster": sorted(
            ((c.slug, c.title) for pk, c in clusters.items() if pk in with_members), key=lambda o: o[1].casefold()
        ),
        "country": sorted(
            ((code, str(country_names[code])) for code in countries if code in country_names), key=lambda o: o[1]
        ),
        "type": list(MemberType.choices),
        "sector": sorted(
            ((s.slug, s.name) for s in Sector.objects.filter(member_organisations__in=members).distinct()),
            key=lambda o: o[1],
        ),
        "capability": [
            (tag.slug, tag.name)
            for tag in CapabilityTag.objects.filter(tagged_members__content_object__in=members)
            .distinct()
            .order_by("name")
        ],
        "seeking": list(SEEKING.items()),
    }


def _selected(request: HttpRequest, options: dict[str, list]) -> dict[str, str]:
    """Each filter's value from the query string; a value the filter does not offer is ignored."""
    selected = {}
    for name in FILTERS:
        value = request.GET.get(name, "")
        selected[name] = value if value in {option[0] for option in options[name]} else ""
    return selected


def _filtered(
    members: QuerySet[MemberOrganisation], selected: dict[str, str], clusters: dict[int, ListedCluster]
) -> tuple[QuerySet[MemberOrganisation], QuerySet[MemberOrganisation]]:
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


CLUSTER_PAGE_MEMBERS = 12


def cluster_members_context(cluster: ClusterPage) -> dict[str, object]:
    """A cluster page's members: counts by type, the first few, and the directory filtered on the cluster."""
    counts = [
        (MemberType(member_type).plural_label, count) for member_type, count in cluster.member_counts_by_type().items()
    ]
    members = MemberOrganisation.objects.of_cluster(cluster)
    shown = list(members.for_listing().order_by("name")[:CLUSTER_PAGE_MEMBERS])
    if not shown:
        return {"member_counts": counts, "cluster_members": []}
    # Members belong to the cluster's page in the default language, whose slug the directory filters on.
    source_slug = cluster.slug if shown[0].cluster_id == cluster.pk else shown[0].cluster.slug
    return {
        "member_counts": counts,
        "cluster_members": shown,
        "cluster_member_total": members.count() if len(shown) == CLUSTER_PAGE_MEMBERS else len(shown),
        "member_directory_url": f"{reverse('member_directory')}?{urlencode({'cluster': source_slug})}",
    }
