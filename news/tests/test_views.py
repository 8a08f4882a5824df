"""/<lang>/news/ gathers every cluster's news, newest first, with filters and pages; each news
page shows its item; the cluster page shows its latest news."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clusters.models import Sector
from news.listing import NEWS_PER_PAGE
from news.models import NewsPage
from tests.factories import cluster

from .factories import make_news, news_index

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in page.select(".news-card .card__title a")]


def test_the_news_page_lists_every_clusters_news_newest_first(client, demo):
    response = client.get("/en/news/")
    assert response.status_code == 200
    listed = titles(response)
    assert listed[:3] == [
        "CE3M members meet European buyers at Productronica",
        "2TS opens a testing lab for technical textiles",
        "Techdays Casablanca: registration is open",
    ]
    assert "QOOT takes Lebanese food producers to Gulfood" in listed
    assert listed[-1] == "Made in Morocco at CES Las Vegas"


def test_each_language_lists_its_own_news(client, demo):
    assert "Le made in Morocco au CES de Las Vegas" in titles(client.get("/fr/news/"))
    arabic = client.get("/ar/news/")
    assert "صُنع في المغرب في معرض CES لاس فيغاس" in titles(arabic)
    assert "Made in Morocco at CES Las Vegas" not in titles(arabic)


def test_filters_by_cluster_country_and_sector(client, demo):
    by_cluster = titles(client.get("/en/news/", {"cluster": "qoot"}))
    assert by_cluster == ["QOOT takes Lebanese food producers to Gulfood"]
    by_country = titles(client.get("/en/news/", {"country": "TN"}))
    assert by_country == ["2TS opens a testing lab for technical textiles"]
    by_sector = titles(client.get("/en/news/", {"sector": "medical"}))
    assert by_sector == ["Made in Morocco at CES Las Vegas"]
    both = titles(client.get("/en/news/", {"cluster": "ce3m", "sector": "electronics"}))
    assert len(both) == 4


def test_a_filter_value_no_news_has_is_ignored(client, demo):
    everything = titles(client.get("/en/news/"))
    assert titles(client.get("/en/news/", {"cluster": "no-such-cluster", "sector": "<b>"})) == everything


def test_an_empty_listing_says_so(client, demo):
    NewsPage.objects.all().delete()
    page = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    assert page.select_one(".empty").get_text(strip=True) == "No cluster has published news yet."


def test_filters_that_match_nothing_together_offer_all_news(client, demo):
    response = client.get("/en/news/", {"cluster": "ce3m", "sector": "textile"})
    assert titles(response) == []
    assert "No news matches these filters." in response.content.decode()


def test_ten_news_per_page_and_any_page_number_answers(client, demo):
    for day in range(1, 12):
        make_news(title=f"Week {day:02d} news", date=date(2026, 12, day))
    total = NewsPage.objects.live().filter(locale__language_code="en").count()
    first = titles(client.get("/en/news/"))
    assert len(first) == NEWS_PER_PAGE and first[0] == "Week 11 news"
    second = titles(client.get("/en/news/", {"page": "2"}))
    assert len(second) == total - NEWS_PER_PAGE and second[0] == "Week 01 news"
    for odd in ("0", "-3", "abc", "9999", "1.5"):
        response = client.get("/en/news/", {"page": odd})
        assert response.status_code == 200
        assert titles(response) in (first, second)
    page = BeautifulSoup(client.get("/en/news/", {"cluster": "ce3m"}).content, "html.parser")
    assert page.select_one(".pagination a[rel=next]")["href"] == "?cluster=ce3m&page=2"


def test_the_listing_takes_as_many_queries_for_one_item_as_for_ten(client, demo):
    textile = Sector.objects.get(slug="textile")

    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/news/").status_code == 200
        return len(captured)

    NewsPage.objects.exclude(slug="ce3m-at-ces-las-vegas").delete()
    queries()  # warm the caches (site root, locales)
    one = queries()
    for number in range(9):
        make_news(sectors=[textile], cluster=cluster("2ts" if number % 2 else "ce3m"))
    assert len(titles(client.get("/en/news/"))) == 10
    assert queries() == one


def test_a_news_page_shows_its_item_and_links_to_its_feeds(client, demo):
    response = client.get("/en/news/techdays-casablanca-announced/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text(strip=True) == "Techdays Casablanca: registration is open"
    assert "CE3M hosts the next Techdays in Casablanca." in page.get_text()
    assert page.select_one("#related-heading + ul a")["href"] == "/en/events/techdays-casablanca/"
    feeds = [link["href"] for link in page.select('link[rel=alternate][type="application/rss+xml"]')]
    assert feeds == ["http://testserver/en/news/feed/", "http://testserver/en/news/feed/ce3m/"]


def test_the_news_index_advertises_its_feed(client, demo):
    page = BeautifulSoup(client.get("/fr/news/", {"cluster": "qoot"}).content, "html.parser")
    feeds = [link["href"] for link in page.select('link[rel=alternate][type="application/rss+xml"]')]
    assert feeds == ["http://testserver/fr/news/feed/", "http://testserver/fr/news/feed/qoot/"]


def test_the_cluster_page_shows_its_three_latest_news(client, demo):
    make_news(title="The newest CE3M news", date=date(2026, 12, 1))
    page = BeautifulSoup(client.get("/en/clusters/ce3m/").content, "html.parser")
    section = page.select_one("section#news")
    assert section.h2.get_text(strip=True) == "Latest news"
    assert [link.get_text(strip=True) for link in section.select(".card__title a")] == [
        "The newest CE3M news",
        "CE3M members meet European buyers at Productronica",
        "Techdays Casablanca: registration is open",
    ]
    assert section.select_one('a[href="/en/news/?cluster=ce3m"]')


def test_the_cluster_page_shows_news_in_its_language_and_none_without_news(client, demo):
    arabic = BeautifulSoup(client.get("/ar/clusters/qoot/").content, "html.parser")
    assert "تجمع QOOT يصطحب" in arabic.select_one("section#news").get_text()
    menara = BeautifulSoup(client.get("/en/clusters/menara/").content, "html.parser")
    assert menara.select_one("section#news") is None


def test_the_index_belongs_under_the_home_page_once_per_language(demo):
    assert news_index().url == "/en/news/"
