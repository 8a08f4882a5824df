"""News for the tests, built on whatever the database already holds."""

import itertools
from datetime import date

from news.models import NewsIndexPage, NewsPage
from tests.factories import home_page, make_cluster

_numbers = itertools.count(1)


def news_index() -> NewsIndexPage:
    """The English news index (the demo's, or a new one when the database has none)."""
    home = home_page()
    index = NewsIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = NewsIndexPage(title="News", slug="news", locale=home.locale, show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def make_news(sectors=(), **fields) -> NewsPage:
    """A published English news item of CE3M (unless `cluster` says otherwise)."""
    number = next(_numbers)
    defaults = {
        "title": f"Test news {number}",
        "slug": f"test-news-{number}",
        "summary": "Something happened in the cluster.",
        "body": "<p>The details.</p>",
        "date": date(2026, 10, 1),
        "cluster": make_cluster(),
    }
    news = NewsPage(**{**defaults, **fields})
    news.sectors = list(sectors)
    news_index().add_child(instance=news)
    news.save_revision().publish()
    return NewsPage.objects.get(pk=news.pk)
