"""Cluster news (news.NewsPage) in search results: dated by the news item's date."""

from django.utils.translation import gettext_lazy as _

from news.models import NewsPage

from .rows import PageType, Result, RowContext, register_page_type


def _news_rows(news_items: list[NewsPage], context: RowContext) -> dict[int, Result]:
    rows = {}
    for news in news_items:
        publisher = context.clusters_by_pk.get(news.cluster_id)
        cluster = context.local(publisher) if publisher else None
        rows[news.pk] = Result(
            title=news.title,
            url=context.url(news),
            type="news",
            cluster=cluster.title if cluster else "",
            cluster_slug=cluster.slug if cluster else "",
            country=cluster.country if cluster else "",
            locale=context.language(news),
            date=news.published_at(),
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
    )
)
