"""SQL queries behind the home page: few, independent of the number of clusters, none on a cache hit."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clusters.models import ClusterIndexPage, ClusterPage
from portal.page_cache import invalidate_page_cache

HOME_URL = "/en/"
MAX_UNCACHED_QUERIES = 12
MAX_CACHE_HIT_QUERIES = 2


def uncached_home(client):
    """Request the home page as after a publication: the page cache is stale, Wagtail's own
    caches (such as the sites' root paths) are warm. Return the response and the queries it ran."""
    cache.clear()
    client.get(HOME_URL)
    invalidate_page_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(HOME_URL)
    assert response.status_code == 200
    assert response.headers.get("X-Page-Cache") == "miss"
    return response, queries


def listing(queries) -> str:
    return "\n".join(f"{number}. {query['sql']}" for number, query in enumerate(queries.captured_queries, 1))


def card_count(response) -> int:
    """The number of cluster cards."""
    return len(BeautifulSoup(response.content, "html.parser").select("#clusters-heading ~ ul .card__title a"))


def add_clusters(count: int) -> None:
    index = ClusterIndexPage.objects.get(locale__language_code="en")
    for number in range(1, count + 1):
        cluster = ClusterPage(
            title=f"Bench cluster {number}",
            slug=f"bench-{number}",
            summary=f"A cluster added to measure the home page with {count} more clusters.",
            country="MA",
            city="Casablanca",
            founded_year=2015,
        )
        index.add_child(instance=cluster)
        cluster.save_revision().publish()


def test_uncached_home_page_runs_few_queries(client, demo):
    response, queries = uncached_home(client)
    assert len(queries) <= MAX_UNCACHED_QUERIES, listing(queries)
    assert card_count(response) == 6


def test_more_clusters_do_not_add_queries(client, demo):
    before_response, before = uncached_home(client)
    add_clusters(20)
    after_response, after = uncached_home(client)
    assert card_count(after_response) == card_count(before_response) + 20
    assert len(after) <= len(before), f"before:\n{listing(before)}\n\nafter:\n{listing(after)}"


def test_second_anonymous_request_is_a_cache_hit(client, demo):
    uncached_home(client)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(HOME_URL)
    assert response.status_code == 200
    assert response.headers.get("X-Page-Cache") == "hit"
    assert len(queries) <= MAX_CACHE_HIT_QUERIES, listing(queries)
    assert card_count(response) == 6


def test_publishing_a_page_makes_the_next_request_a_miss(client, demo):
    uncached_home(client)
    assert client.get(HOME_URL).headers.get("X-Page-Cache") == "hit"
    cluster = ClusterPage.objects.get(locale__language_code="en", slug="ce3m")
    cluster.summary = "A summary changed to check that publishing refreshes the cached home page."
    cluster.save_revision().publish()
    response = client.get(HOME_URL)
    assert response.headers.get("X-Page-Cache") == "miss"
    assert b"publishing refreshes the cached home page" in response.content
    assert client.get(HOME_URL).headers.get("X-Page-Cache") == "hit"
