"""The public listings: funding calls, and proposals across all clusters with their filters (GET, no script)."""

from typing import Any

from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest
from wagtail.models import Locale

from clusters.models import ClusterPage
from clusters.taxonomy import Sector
from clusters.tree import attach_clusters, children_of
from portal.countries import COUNTRY_CHOICES
from portal.listing import filtered_listing
from portal.text import fold

from .models import Challenge, FundingCallPage, ProposalPage, ProposalStatus
from .models.calls import Programme
from .models.proposals import ProposalPageQuerySet

PER_PAGE = 12
Options = dict[str, dict[str, Any]]


def proposal_filter_options(proposals: ProposalPageQuerySet, locale: Locale) -> Options:
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


def filter_proposals(
    proposals: ProposalPageQuerySet, selected: dict[str, str], options: Options
) -> ProposalPageQuerySet:
    if selected["status"]:
        proposals = proposals.filter(status=selected["status"])
    if selected["challenge"]:
        proposals = proposals.filter(challenges__slug=selected["challenge"])
    if selected["sector"]:
        proposals = proposals.filter(sectors__slug=selected["sector"])
    if selected["call"]:
        proposals = proposals.filter(funding_call__translation_key=options["call"][selected["call"]].translation_key)
    if selected["cluster"]:
        proposals = proposals.filter(children_of([options["cluster"][selected["cluster"]]]))
    if selected["country"]:
        code = selected["country"]
        leading = [cluster for cluster in options["cluster"].values() if cluster.country == code]
        partnering = ProposalPage.objects.filter(consortium__country=code).values("translation_key")
        proposals = proposals.filter(children_of(leading) | Q(translation_key__in=partnering))
    return proposals.distinct()


def _in_reading_order(options: dict[str, Any], label: Any = str) -> list[tuple[str, Any]]:
    """A filter's (value, label) pairs sorted by their label, accents and case set aside."""
    return sorted(options.items(), key=lambda item: fold(label(item[1])))


def proposal_listing(request: HttpRequest, locale: Locale) -> dict[str, Any]:
    proposals = ProposalPage.objects.for_listing(locale)
    options = proposal_filter_options(proposals, locale)
    listing = filtered_listing(
        request,
        proposals,
        options,
        lambda items, selected: filter_proposals(items, selected, options).with_cards(),
        PER_PAGE,
    )
    attach_clusters(listing["page_obj"].object_list)
    return {
        **listing,
        "status_options": list(options["status"].items()),
        "challenge_options": _in_reading_order(options["challenge"], lambda term: term.name),
        "sector_options": _in_reading_order(options["sector"], lambda term: term.name),
        "call_options": _in_reading_order(options["call"], lambda call: call.title),
        "cluster_options": _in_reading_order(options["cluster"], lambda cluster: cluster.title),
        "country_options": _in_reading_order(options["country"]),
    }


def funding_call_listing(request: HttpRequest, locale: Locale) -> dict[str, Any]:
    """Calls still open or forthcoming first (nearest deadline first), then closed ones; by programme."""
    calls = FundingCallPage.objects.for_listing(locale)
    present = set(calls.values_list("programme", flat=True))
    options = {"programme": {value: label for value, label in Programme.choices if value in present}}

    def by_programme(items: Any, selected: dict[str, str]) -> Any:
        return items.filter(programme=selected["programme"]) if selected["programme"] else items

    listing = filtered_listing(request, calls, options, by_programme, PER_PAGE)
    return {**listing, "programme_options": list(options["programme"].items())}
