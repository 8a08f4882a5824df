"""Results editors promote for a query come first, in the searcher's language, on the page and in the API."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction, Site

from practices.tests.factories import publish_practice
from search.promotions import promoted_results
from tests.factories import cluster


def promote(query: str, *, page=None, url: str = "", text: str = "", description: str = "") -> SearchPromotion:
    return SearchPromotion.objects.create(
        query=Query.get(query),
        page=page,
        external_link_url=url,
        external_link_text=text,
        description=description,
        sort_order=SearchPromotion.objects.count(),
    )


def recommended(client, path: str, query: str) -> list[tuple[str, str]]:
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    block = page.select_one(".search-promotions")
    if block is None:
        return []
    assert block.find_previous("h1") is not None and block.select_one("h2").get_text(strip=True)
    return [(link.get_text(strip=True), link["href"]) for link in block.select("li > a")]


@pytest.fixture
def valbiom_promoted(demo):
    promote("Biomass", page=cluster("valbiom"), description="The cluster for biomass.")
    promote("biomass", url="https://example.org/biomass-guide", text="A guide to biomass")


def test_promotions_come_first_on_the_search_page(client, valbiom_promoted):
    assert recommended(client, "/en/search/", "  BIOMASS ") == [
        ("Valbiom", "/en/clusters/valbiom/"),
        ("A guide to biomass", "https://example.org/biomass-guide"),
    ]
    response = client.get("/en/search/", {"q": "biomass"})
    html = response.content.decode()
    assert html.index("search-promotions") < html.index("search-count")
    assert "The cluster for biomass." in html
    assert recommended(client, "/en/search/", "biomass energy") == []


def test_a_promoted_page_is_shown_in_the_searchers_language(client, valbiom_promoted):
    arabic = recommended(client, "/ar/search/", "biomass")
    assert arabic[0] == (cluster("valbiom", "ar").title, "/ar/clusters/valbiom/")
    assert arabic[0][0] == "فالبيوم"


def test_an_untranslated_page_is_promoted_as_it_is(client, demo, committed):
    with committed():
        practice = publish_practice(cluster("ce3m"), "biochar-kilns", title="Biochar kilns for olive pits")
    promote("biochar", page=practice)
    assert recommended(client, "/fr/search/", "biochar") == [
        ("Biochar kilns for olive pits", "/en/clusters/ce3m/biochar-kilns/")
    ]


def test_private_and_unpublished_pages_are_never_promoted(client, demo, committed):
    with committed():
        private = publish_practice(cluster("ce3m"), "private-practice", title="Members-only practice")
        draft = publish_practice(cluster("ce3m"), "draft-practice", title="Unpublished practice")
        draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    promote("practice", page=private)
    promote("practice", page=draft)
    assert recommended(client, "/en/search/", "practice") == []


def test_the_api_lists_promotions_apart_from_results(client, valbiom_promoted):
    body = client.get("/api/search/", {"q": "biomass", "lang": "fr"}).json()
    assert body["promoted"] == [
        {
            "title": cluster("valbiom", "fr").title,
            "url": "/fr/clusters/valbiom/",
            "description": "The cluster for biomass.",
        },
        {"title": "A guide to biomass", "url": "https://example.org/biomass-guide", "description": ""},
    ]
    assert all(result["url"] != "https://example.org/biomass-guide" for result in body["results"])
    assert client.get("/api/search/", {"q": "olive oil"}).json()["promoted"] == []


def test_promotions_are_read_in_one_query_then_from_the_cache_until_they_change(demo):
    english = Locale.objects.get(language_code="en")
    promote("cluster", page=cluster("ce3m"))
    Site.get_site_root_paths()  # fills the cache of site roots
    with CaptureQueriesContext(connection) as one:
        assert len(promoted_results("cluster", english)) == 1
    for slug in ("menara", "mdfc", "valbiom", "qoot"):
        promote("cluster", page=cluster(slug))
    promote("cluster", url="https://example.org/", text="Elsewhere")
    with CaptureQueriesContext(connection) as many:
        assert len(promoted_results("cluster", english)) == 6
    with CaptureQueriesContext(connection) as again:
        assert [promotion.title for promotion in promoted_results("cluster", english)][-1] == "Elsewhere"
    assert (len(one), len(many), len(again)) == (1, 1, 0)
