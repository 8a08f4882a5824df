"""What the news index lists: the news of its language, newest first, filtered and paginated."""

from typing import Any

from django.http import HttpRequest

from clusters.models import ClusterPage
from clusters.taxonomy import Sector
from portal.countries import COUNTRY_CHOICES
from portal.listing import filtered_listing
from portal.text import fold

from .models import NewsIndexPage, NewsPage, NewsPageQuerySet

NEWS_PER_PAGE = 10


def filter_options(news: NewsPageQuerySet) -> dict[str, dict[str, Any]]:
    """The values each filter accepts: only the clusters, countries and sectors some listed item has."""
    clusters = list(ClusterPage.objects.filter(pk__in=news.values("cluster")))
    countries = dict(COUNTRY_CHOICES)
    return {
        "cluster": {cluster.slug: cluster for cluster in clusters},
        "country": {code: countries[code] for code in {cluster.country for cluster in clusters} if code in countries},
        "sector": {sector.slug: sector for sector in Sector.objects.filter(news__in=news).distinct()},
    }


def apply_filters(news: NewsPageQuerySet, selected: dict[str, str]) -> NewsPageQuerySet:
    if selected["cluster"]:
        news = news.filter(cluster__slug=selected["cluster"])
    if selected["country"]:
        news = news.filter(cluster__country=selected["country"])
    if selected["sector"]:
        news = news.filter(sectors__slug=selected["sector"])
    return news.with_cards()


def feed_context(index: NewsIndexPage, cluster: ClusterPage | None = None) -> dict[str, Any]:
    """The feeds a news page advertises: every cluster's news, and one cluster's when given."""
    context: dict[str, Any] = {"feed_url": index.url + index.reverse_subpage("feed"), "feed_cluster": cluster}
    if cluster is not None:
        context["cluster_feed_url"] = index.url + index.reverse_subpage("cluster_feed", args=[cluster.slug])
    return context


def index_context(index: NewsIndexPage, request: HttpRequest) -> dict[str, Any]:
    listed = NewsPage.objects.published_in(index.locale_id)
    options = filter_options(listed)
    context = filtered_listing(request, listed, options, apply_filters, NEWS_PER_PAGE)
    chosen = options["cluster"].get(context["selected"]["cluster"])
    return {
        **context,
        "cluster_options": sorted(options["cluster"].values(), key=lambda option: fold(option.acronym or option.title)),
        "country_options": sorted(options["country"].items(), key=lambda option: fold(option[1])),
        "sector_options": sorted(options["sector"].values(), key=lambda sector: fold(sector.name)),
        **feed_context(index, chosen),
    }
