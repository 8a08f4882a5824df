"""The news feeds (RSS 2.0), in each language: every cluster's news, or one cluster's.

Served by the news index of the language (`/<lang>/news/feed/`, `/<lang>/news/feed/<cluster>/`);
links are absolute (Django's syndication adds the request's host to them).
"""

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from clusters.models import ClusterPage

from .models import NewsIndexPage, NewsPage

FEED_ITEMS = 30


class NewsFeed(Feed):
    def get_object(self, request: HttpRequest, *args: Any, index: NewsIndexPage, cluster: str = "") -> dict[str, Any]:
        chosen = None
        if cluster:
            chosen = ClusterPage.objects.live().public().filter(slug=cluster, locale_id=index.locale_id).first()
            if chosen is None:
                raise Http404("No such cluster")
        return {"index": index, "cluster": chosen}

    def title(self, obj: dict[str, Any]) -> str:
        if obj["cluster"] is not None:
            return _("News of %(cluster)s · Medclusters") % {"cluster": obj["cluster"].title}
        return _("News from the clusters · Medclusters")

    def link(self, obj: dict[str, Any]) -> str:
        url = obj["index"].url
        return f"{url}?cluster={obj['cluster'].slug}" if obj["cluster"] is not None else url

    def description(self, obj: dict[str, Any]) -> str:
        return obj["index"].intro or _("News published by the Mediterranean industrial clusters.")

    def items(self, obj: dict[str, Any]) -> list[NewsPage]:
        news = NewsPage.objects.published_in(obj["index"].locale_id)
        if obj["cluster"] is not None:
            news = news.of_cluster(obj["cluster"])
        return list(news.select_related("cluster")[:FEED_ITEMS])

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        return item.summary

    def item_link(self, item: NewsPage) -> str:
        return item.url or ""

    def item_pubdate(self, item: NewsPage) -> datetime:
        return item.published_at()

    def item_updateddate(self, item: NewsPage) -> datetime | None:
        return item.last_published_at

    def item_author_name(self, item: NewsPage) -> str:
        return item.cluster.title

    def item_categories(self, item: NewsPage) -> list[str]:
        return [item.cluster.acronym or item.cluster.title]
