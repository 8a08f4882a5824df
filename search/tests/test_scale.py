"""A search costs the same few SQL queries whatever the number of results, on every backend."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from clusters.taxonomy import Sector
from members.models import MemberOrganisation, MemberType
from search.services import has_database_fallback, mark_search_server_down
from tests.factories import cluster

from .conftest import backend_name

MAX_QUERIES = 8  # of the search, on the page (with its header and footer) as in the API
SIGNED_IN_MAX_QUERIES = 10  # the page for a signed-in visitor: their session, account and permissions read too
MEMBERS = 500


def add_members(count: int, word: str) -> list[MemberOrganisation]:
    """`count` member organisations of the CE3M cluster whose description has `word`, indexed on every backend."""
    ce3m = cluster("ce3m")
    electronics = Sector.objects.get(slug="electronics")
    members = MemberOrganisation.objects.bulk_create(
        MemberOrganisation(
            cluster=ce3m,
            name=f"Firm {number:04}",
            slug=f"firm-{number:04}",
            type=MemberType.values[0],
            country="MA" if number % 4 else "TN",
            description=f"A {word} maker, number {number}.",
        )
        for number in range(count)
    )
    MemberOrganisation.sectors.through.objects.bulk_create(
        MemberOrganisation.sectors.through(memberorganisation_id=member.pk, sector_id=electronics.pk)
        for member in members[::2]
    )
    index_members(members)
    return members


def index_members(members: list[MemberOrganisation]) -> None:
    """Index the members as they are on every backend, the search server's index refreshed."""
    for name in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        backend.add_bulk(MemberOrganisation, members)
        index = backend.get_index_for_model(MemberOrganisation) if hasattr(backend, "es") else None
        if index is not None:
            index.refresh()


def remove_from_search_server(members: list[MemberOrganisation]) -> None:
    """Take the members out of the search server's index, which a test's rollback does not reach."""
    for name in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        if hasattr(backend, "es"):
            index = backend.get_index_for_model(MemberOrganisation)
            actions = [{"delete": {"_index": index.name, "_id": str(member.pk)}} for member in members]
            backend.es.bulk(body=actions, refresh=True)


@pytest.fixture
def many_members(demo):
    members = add_members(MEMBERS, "zyzzogeton")
    yield members
    remove_from_search_server(members)


def search_from(kind: str) -> None:
    if kind == "server":
        backend_name("server")  # skips without a search server
    elif has_database_fallback():
        mark_search_server_down(ConnectionError("taken away by the test"))  # answers from the database


@pytest.mark.parametrize("kind", ["database", "server"])
def test_a_search_with_hundreds_of_results_takes_a_few_queries(client, many_members, kind):
    search_from(kind)
    client.get("/en/search/", {"q": "zyzzogeton"})  # fills the caches (content types, sites, navigation)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "zyzzogeton", "country": "TN"})
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select(".search-results li")) == 10
    countries = {
        link["data-value"]: int(link.select_one(".search-facet__count").get_text(strip=True).strip("()"))
        for link in page.select('.search-facet__option[data-facet="country"]')
    }
    assert countries == {"MA": MEMBERS * 3 // 4, "TN": MEMBERS // 4}
    assert len(queries) <= MAX_QUERIES, "\n".join(query["sql"][:300] for query in queries.captured_queries)

    with CaptureQueriesContext(connection) as queries:
        found = client.get("/api/search/", {"q": "zyzzogeton", "sector": "electronics", "page": 3}).json()
    assert found["total"] == MEMBERS // 2
    assert len(found["results"]) == 10
    assert found["facets"]["country"] == {"MA": MEMBERS // 4, "TN": MEMBERS // 4}
    assert found["facets"]["sector"]["electronics"] == MEMBERS // 2
    assert len(queries) <= MAX_QUERIES, "\n".join(query["sql"][:300] for query in queries.captured_queries)


@pytest.mark.parametrize("kind", ["database", "server"])
def test_the_search_page_of_a_signed_in_partner_takes_a_few_queries_more(client, many_members, kind):
    search_from(kind)
    client.force_login(get_user_model().objects.get(email="partner1@example.org"))
    client.get("/en/search/", {"q": "zyzzogeton"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "zyzzogeton", "country": "TN"})
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select(".search-results li")) == 10
    assert page.select_one(".account-nav a").get_text(strip=True) == "My account"
    assert len(queries) <= SIGNED_IN_MAX_QUERIES, "\n".join(query["sql"][:300] for query in queries.captured_queries)


@pytest.mark.parametrize("kind", ["database", "server"])
def test_a_search_finding_every_kind_of_content_takes_a_few_queries(client, demo, kind):
    search_from(kind)
    client.get("/en/search/", {"q": "cluster"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "cluster"})
    page = BeautifulSoup(response.content, "html.parser")
    types = {link["data-value"] for link in page.select('.search-facet__option[data-facet="type"]')}
    assert {"cluster", "practice", "news", "proposal", "call", "document"} <= types
    assert len(page.select(".search-results li")) == 10
    assert len(queries) <= MAX_QUERIES, "\n".join(query["sql"][:300] for query in queries.captured_queries)
