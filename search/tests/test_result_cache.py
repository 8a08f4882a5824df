"""The same search asked again within a minute is answered from the cache, until the content changes."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.models import LoggedSearch
from search.querylog import flush_search_log


@pytest.fixture
def kept(settings):
    settings.SEARCH_RESULT_CACHE_SECONDS = 60


def titles(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in page.select(".search-results li h2 a")]


def test_a_search_asked_again_reads_no_result_from_the_database(client, demo, kept):
    first = client.get("/en/search/", {"q": "prototyping"})
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/search/", {"q": "prototyping"})
    assert titles(first)
    assert titles(again) == titles(first)
    assert again.content.count(b"search-facet__option") == first.content.count(b"search-facet__option")
    read = [query["sql"] for query in queries.captured_queries]
    assert not [sql for sql in read if "wagtailcore_page" in sql or "members_memberorganisation" in sql], read


def test_each_page_language_and_filter_is_a_search_of_its_own(client, demo, kept):
    first = client.get("/api/search/", {"q": "cluster"}).json()
    second = client.get("/api/search/", {"q": "cluster", "page": 2}).json()
    practices = client.get("/api/search/", {"q": "cluster", "type": "practice"}).json()
    french = client.get("/api/search/", {"q": "cluster", "lang": "fr"}).json()
    assert first["page"] == 1 and second["page"] == 2
    assert {result["url"] for result in first["results"]}.isdisjoint(result["url"] for result in second["results"])
    assert {result["type"] for result in practices["results"]} == {"practice"}
    assert practices["total"] == first["facets"]["type"]["practice"]
    assert all(result["url"].startswith("/fr/") for result in french["results"] if result["type"] == "cluster")


def test_an_item_unpublished_is_gone_from_the_next_search(client, demo, kept, committed):
    found = client.get("/api/search/", {"q": "prototyping"}).json()
    shown = next(result for result in found["results"] if result["type"] == "practice")
    page = Page.objects.get(url_path__endswith=shown["url"].split("/", 2)[2], locale__language_code="en")
    versions = list(page.get_translations(inclusive=True).specific())
    try:
        with committed():
            for version in versions:
                version.unpublish()
        again = client.get("/api/search/", {"q": "prototyping"}).json()
        assert shown["title"] not in [result["title"] for result in again["results"]]
        assert again["total"] == found["total"] - 1
    finally:
        index_as_published(versions)


def index_as_published(versions: list[Page]) -> None:
    """Index every version of an item live again: the test's changes to the database are rolled back,
    not the index's."""
    for page in versions:
        page.live = True
        page._item_versions = versions
    for name in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        for page in versions:
            backend.add(page)
        backend.refresh_indexes()


def test_a_search_answered_from_the_cache_is_still_logged(client, demo, kept):
    total = client.get("/api/search/", {"q": "prototyping"}).json()["total"]
    for _ in range(3):
        client.get("/en/search/", {"q": "prototyping"})
    flush_search_log()
    logged = LoggedSearch.objects.filter(query="prototyping")
    assert [search.results for search in logged] == [total] * 4
