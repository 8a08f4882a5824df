"""The public listings: funding calls, and proposals across all clusters with their filters (GET, no script)."""

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest
from wagtail.models import Locale, Page

from clusters.countries import COUNTRY_CHOICES
from clusters.models import ClusterPage
from clusters.taxonomy import Sector
from practices.models import page_number, reading_order

from .models import Challenge, FundingCallPage, ProposalPage, ProposalStatus
from .models.calls import Programme

PER_PAGE = 12
PROPOSAL_FILTERS = ("status", "challenge", "sector", "call", "country", "cluster")


def attach_clusters(proposals: Iterable[ProposalPage]) -> None:
    """Give each proposal its leading cluster with one query for all of them."""
    proposals = list(proposals)
    parent_paths = {proposal.path[: -Page.steplen] for proposal in proposals}
    clusters = {cluster.path: cluster for cluster in ClusterPage.objects.filter(path__in=parent_paths)}
    for proposal in proposals:
        cluster = clusters.get(proposal.path[: -Page.steplen])
        if cluster is not None:
            proposal.cluster = cluster


def _under(clusters: Iterable[Page]) -> Q:
    condition = Q(pk__in=[])
    for cluster in clusters:
        condition |= Q(path__startswith=cluster.path, depth=cluster.depth + 1)
    return condition


def proposal_filter_options(proposals, locale: Locale) -> dict[str, dict[str, Any]]:
    """The values each filter accepts: statuses, and only terms, calls and clusters that have proposals."""
    has_proposals = Exists(
        ProposalPage.objects.live().filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    )
    clusters = ClusterPage.objects.for_listing(locale).filter(has_proposals)
    countries = dict(COUNTRY_CHOICES)
    consortium_countries = set(
        ProposalPage.objects.filter(translation_key__in=proposals.values("translation_key"))
        .exclude(consortium__country="")
        .exclude(consortium__country__isnull=True)
        .values_list("consortium__country", flat=True)
    )
    calls = FundingCallPage.objects.filter(locale=locale, live=True).filter(
        translation_key__in=FundingCallPage.objects.filter(proposals__in=proposals).values("translation_key")
    )
    return {
        "status": {status.value: status.label for status in ProposalStatus},
        "challenge": {term.slug: term for term in Challenge.objects.filter(proposals__in=proposals).distinct()},
        "sector": {term.slug: term for term in Sector.objects.filter(proposals__in=proposals).distinct()},
        "call": {str(call.pk): call for call in calls},
        "cluster": {cluster.slug: cluster for cluster in clusters},
        "country": {
            code: countries[code]
            for code in {cluster.country for cluster in clusters} | consortium_countries
            if code in countries
        },
    }


def filter_proposals(proposals, selected: dict[str, str], options: dict[str, dict[str, Any]]):
    if selected["status"]:
        proposals = proposals.filter(status=selected["status"])
    if selected["challenge"]:
        proposals = proposals.filter(challenges__slug=selected["challenge"])
    if selected["sector"]:
        proposals = proposals.filter(sectors__slug=selected["sector"])
    if selected["call"]:
        proposals = proposals.filter(funding_call__translation_key=options["call"][selected["call"]].translation_key)
    if selected["cluster"]:
        proposals = proposals.filter(_under([options["cluster"][selected["cluster"]]]))
    if selected["country"]:
        code = selected["country"]
        leading = [cluster for cluster in options["cluster"].values() if cluster.country == code]
        partnering = ProposalPage.objects.filter(consortium__country=code).values("translation_key")
        proposals = proposals.filter(_under(leading) | Q(translation_key__in=partnering))
    return proposals.distinct()


def proposal_listing(request: HttpRequest, locale: Locale) -> dict[str, Any]:
    proposals = ProposalPage.objects.for_listing(locale)
    options = proposal_filter_options(proposals, locale)
    selected = {name: request.GET.get(name, "") for name in PROPOSAL_FILTERS}
    selected = {name: value if value in options[name] else "" for name, value in selected.items()}
    page_obj = Paginator(filter_proposals(proposals, selected, options).with_cards(), PER_PAGE).get_page(
        page_number(request.GET.get("page"))
    )
    page_obj.object_list = list(page_obj.object_list)
    attach_clusters(page_obj.object_list)
    return {
        "page_obj": page_obj,
        "status_options": list(options["status"].items()),
        "challenge_options": sorted(options["challenge"].values(), key=lambda term: reading_order(term.name)),
        "sector_options": sorted(options["sector"].values(), key=lambda term: reading_order(term.name)),
        "call_options": sorted(options["call"].items(), key=lambda item: reading_order(item[1].title)),
        "cluster_options": sorted(options["cluster"].values(), key=lambda cluster: reading_order(cluster.title)),
        "country_options": sorted(options["country"].items(), key=lambda item: reading_order(item[1])),
        "selected": selected,
        "filtered": any(selected.values()),
        "filter_query": urlencode({name: value for name, value in selected.items() if value}),
    }


def funding_call_listing(request: HttpRequest, locale: Locale) -> dict[str, Any]:
    """Calls still open or forthcoming first (nearest deadline first), then closed ones; by programme."""
    calls = FundingCallPage.objects.for_listing(locale)
    programmes = dict(Programme.choices)
    present = set(calls.values_list("programme", flat=True))
    programme = request.GET.get("programme", "")
    if programme not in present:
        programme = ""
    if programme:
        calls = calls.filter(programme=programme)
    page_obj = Paginator(calls, PER_PAGE).get_page(page_number(request.GET.get("page")))
    return {
        "page_obj": page_obj,
        "programme_options": [(value, programmes[value]) for value in programmes if value in present],
        "selected_programme": programme,
        "filter_query": urlencode({"programme": programme} if programme else {}),
    }
