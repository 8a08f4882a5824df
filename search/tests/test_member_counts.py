"""On the database backends, every member organisation found is counted, and only those shown are read."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members.models import MemberOrganisation
from search.services import has_database_fallback, mark_search_server_down

from .test_scale import add_members, remove_from_search_server

WORD = "quorblefax"
FOUND = 1200  # more than the 1,000 hits of a kind the database backend once ranked and counted


@pytest.fixture
def found_members(demo):
    """1,200 members having the word, the newest last (Firm 1199), searched on the database backend:
    3 in 4 in Morocco, the others in Tunisia; every other one (all the Tunisian ones) in electronics."""
    members = add_members(FOUND, WORD)
    now = timezone.now()
    for member in members:
        member.updated = now - timedelta(minutes=FOUND - int(member.slug.removeprefix("firm-")))
    MemberOrganisation.objects.bulk_update(members, ["updated"])
    if has_database_fallback():
        mark_search_server_down(ConnectionError("taken away by the test"))  # answers from the database
    yield members
    remove_from_search_server(members)


def search(client, **params):
    response = client.get("/api/search/", {"q": WORD, **params})
    assert response.status_code == 200
    return response.json()


def names(found):
    return [result["title"] for result in found["results"]]


def test_every_member_found_is_counted(client, found_members):
    found = search(client)
    assert found["total"] == FOUND
    assert found["facets"]["type"] == {"member": FOUND}
    assert found["facets"]["country"] == {"MA": 900, "TN": 300}
    assert found["facets"]["sector"] == {"electronics": 600}
    assert found["facets"]["cluster"] == {"ce3m": FOUND}


def test_each_facet_is_counted_under_the_other_facets_filters(client, found_members):
    in_tunisia = search(client, country="TN")
    assert in_tunisia["total"] == 300
    assert in_tunisia["facets"]["country"] == {"MA": 900, "TN": 300}
    assert in_tunisia["facets"]["sector"] == {"electronics": 300}
    assert {result["country"] for result in in_tunisia["results"]} == {"TN"}

    in_electronics = search(client, sector="electronics", country="MA")
    assert in_electronics["total"] == 300
    assert in_electronics["facets"]["country"] == {"MA": 300, "TN": 300}
    assert in_electronics["facets"]["sector"] == {"electronics": 300}

    practices = search(client, type="practice")  # what no member is: none is shown, all are counted as members
    assert practices["total"] == 0
    assert practices["facets"]["type"] == {"member": FOUND, "practice": 0}
    assert practices["facets"]["country"] == {}
    assert search(client, language="en")["total"] == FOUND  # described in English
    assert search(client, language="fr")["total"] == 0


def test_the_third_page_shows_the_next_ten(client, found_members):
    newest = search(client, sort="date", page=3)
    assert newest["total"] == FOUND
    assert names(newest) == [f"Firm {number:04}" for number in range(1179, 1169, -1)]
    assert names(search(client, sort="date", country="TN")) == [f"Firm {number:04}" for number in range(1196, 1156, -4)]

    pages = [names(search(client, page=page)) for page in (1, 2, 3)]
    assert [len(shown) for shown in pages] == [10, 10, 10]
    assert len(set(pages[0] + pages[1] + pages[2])) == 30
    database = "database" if has_database_fallback() else "default"
    ranked = MemberOrganisation.objects.search(WORD, backend=database)
    assert pages[2] == [member.name for member in ranked[20:30]]


def test_only_the_members_shown_are_read(client, found_members):
    search(client)  # fills the per-process caches (content types, sites)
    with CaptureQueriesContext(connection) as queries:
        found = search(client, country="MA")
    assert found["total"] == 900
    assert len(found["results"]) == 10
    read = [query["sql"] for query in queries.captured_queries if '"members_memberorganisation"."name"' in query["sql"]]
    assert len(read) == 1, read
    assert read[0].endswith("LIMIT 10"), read[0][-200:]
