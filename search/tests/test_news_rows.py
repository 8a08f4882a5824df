"""Cluster news in search results: their type, cluster, sectors and date."""

from wagtail.models import Locale

from news.tests.factories import make_news
from search.results import search_portal
from tests.factories import cluster


def test_a_news_item_is_found_with_its_cluster_sectors_and_date(client, demo, committed, searcher):
    from clusters.models import Sector

    with committed():
        news = make_news(
            title="Zorblax sensors certified",
            summary="A CE3M startup's zorblax sensors pass certification.",
            cluster=cluster("ce3m"),
            sectors=[Sector.objects.get(slug="medical")],
        )
    found = search_portal("zorblax", locale=Locale.objects.get(language_code="en"), searcher=searcher)
    [row] = [row for row in found.results if row.title == "Zorblax sensors certified"]
    assert row.type == "news" and row.type_name == "News item"
    assert (row.cluster_slug, row.country, row.sectors) == ("ce3m", "MA", ("medical",))
    assert row.date == news.published_at()
    assert row.url == "/en/news/" + news.slug + "/"
    types = {option.value: option.count for option in found.facets["type"]}
    assert types["news"] == 1


def test_the_search_page_finds_the_demo_news_in_arabic(client, demo):
    response = client.get("/ar/search/", {"q": "Productronica", "type": "news"})
    assert response.status_code == 200
    assert "أعضاء تجمع CE3M يلتقون مشترين أوروبيين في معرض Productronica" in response.content.decode()
