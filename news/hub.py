"""The cluster page's news section: the cluster's latest news, with a link to all of them."""

from typing import Any

from django.http import HttpRequest

from clusters.hub import HubSection
from clusters.models import ClusterPage

from .listing import feed_context
from .models import NewsIndexPage, NewsPage

HUB_NEWS = 3


def latest_news(cluster: ClusterPage, request: HttpRequest) -> dict[str, Any] | None:
    """The cluster's latest news in the page's language; None (no section) when it has none."""
    news = list(NewsPage.objects.published_in(cluster.locale_id).of_cluster(cluster).with_cards()[:HUB_NEWS])
    index = NewsIndexPage.objects.live().filter(locale_id=cluster.locale_id).first()
    if not news or index is None:
        return None
    return {"news": news, "all_url": f"{index.url}?cluster={cluster.slug}", **feed_context(index, cluster)}


NEWS_SECTION = HubSection(key="news", order=150, template="news/includes/hub_section.html", context=latest_news)
