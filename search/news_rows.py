"""Cluster news (news.NewsPage) in search results: dated by the news item's date."""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from news.models import NewsPage, start_of

from .facts import Facts
from .rows import PageType, Result, RowContext, register_page_type


def _news_facts(fields: Mapping[str, Any], context: RowContext) -> Facts:
    """A news item's: the cluster publishing it, its country, the news item's date."""
    cluster = context.cluster_by_pk(fields["cluster_id"])
    return Facts(cluster, cluster.country if cluster else "", start_of(fields["date"]))


def _news_rows(news_items: list[NewsPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for news in news_items:
        rows[news.pk] = Result(
            title=news.title,
            url=context.url(news),
            type="news",
            locale=context.language(news),
            texts=(news.search_description or news.summary, news.body),
        )
    return rows


register_page_type(
    PageType(
        "news",
        NewsPage,
        _("News item"),
        _("News"),
        _news_rows,
        lambda news: news.published_at(),
        terms=(("sectors", "sectors"),),
        facts=_news_facts,
        fact_fields=("cluster_id", "date"),
    )
)
