"""The portal search: typed results, facets and filters, on the page and in the service."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from practices.tests.factories import publish_practice
from search.results import search_portal
from tests.factories import cluster


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def get_page(client, path: str, params: dict) -> BeautifulSoup:
    response = client.get(path, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_rows(page: BeautifulSoup) -> list[tuple[str, str]]:
    """Each result's title and the type shown beside it."""
    return [
        (item.select_one("h2 a").get_text(strip=True), item.select_one(".search-result__type").get_text(strip=True))
        for item in page.select(".search-results li")
    ]


def facet_counts(page: BeautifulSoup, facet: str) -> dict[str, int]:
    return {
        link["data-value"]: int(link.select_one(".search-facet__count").get_text(strip=True).strip("()"))
        for link in page.select(f'.search-facet__option[data-facet="{facet}"]')
    }


def test_prototyping_finds_ce3m_and_its_prototyping_practice(client, demo):
    page = get_page(client, "/en/search/", {"q": "prototyping"})
    rows = result_rows(page)
    assert ("CE3M", "Cluster") in rows
    assert ("A prototyping platform that helps finance the cluster", "Best practice") in rows
    practice = next(
        item for item in page.select(".search-results li") if "prototyping platform" in item.select_one("h2").get_text()
    )
    meta = practice.select_one(".search-result__meta").get_text(" ", strip=True)
    assert "CE3M" in meta
    assert "Morocco" in meta
    assert len(page.select("h1")) == 1


def test_a_french_query_on_the_french_site_returns_french_pages(client, demo):
    page = get_page(client, "/fr/search/", {"q": "prototypage"})
    titles = [title for title, _type in result_rows(page)]
    assert "Une plateforme de prototypage qui contribue au financement du cluster" in titles
    links = [link["href"] for link in page.select(".search-results h2 a")]
    assert links
    assert all(link.startswith("/fr/") for link in links if "/members/" not in link)


def test_each_type_count_is_the_number_of_results_of_that_type(demo):
    found = search_portal("prototyping", locale=english())
    assert found.total > 1
    rows = search_portal("prototyping", locale=english()).page_obj.paginator.object_list
    for option in found.facets["type"]:
        assert option.count == sum(1 for row in rows if row.type == option.value)
        narrowed = search_portal("prototyping", locale=english(), filters={"type": [option.value]})
        assert narrowed.total == option.count
        assert {row.type for row in narrowed.results} == {option.value}
    assert sum(option.count for option in found.facets["type"]) == found.total


def test_filters_combine_and_narrow(client, demo):
    everything = search_portal("prototyping", locale=english())
    in_morocco = search_portal("prototyping", locale=english(), filters={"country": ["MA"]})
    practices_of_ce3m = search_portal(
        "prototyping", locale=english(), filters={"country": ["MA"], "cluster": ["ce3m"], "type": ["practice"]}
    )
    assert everything.total > in_morocco.total > practices_of_ce3m.total > 0
    assert all(row.country == "MA" for row in in_morocco.results)
    assert all(row.type == "practice" and row.cluster_slug == "ce3m" for row in practices_of_ce3m.results)

    electronics = search_portal("prototyping", locale=english(), filters={"sector": ["electronics"]})
    assert 0 < electronics.total < everything.total
    assert all("electronics" in row.sectors for row in electronics.results)

    page = get_page(client, "/en/search/", {"q": "prototyping", "country": "MA", "type": "practice"})
    assert {kind for _title, kind in result_rows(page)} == {"Best practice"}
    removals = [link["href"] for link in page.select(".search-active-filters a")]
    assert len(removals) == 2
    assert any("country=MA" in link and "type=" not in link for link in removals)


def test_facet_counts_on_the_page_follow_the_other_filters(client, demo):
    page = get_page(client, "/en/search/", {"q": "prototyping", "type": "practice"})
    counts = facet_counts(page, "type")
    assert counts["practice"] == len(result_rows(page))
    assert counts["cluster"] >= 1  # still offered, to widen the search again
    assert sum(facet_counts(page, "country").values()) == len(result_rows(page))


def test_unknown_filter_values_are_ignored(client, demo):
    everything = search_portal("prototyping", locale=english())
    odd = search_portal(
        "prototyping",
        locale=english(),
        filters={"type": ["spaceship"], "country": ["ZZ"], "cluster": ["nowhere"], "sector": ["<b>"]},
        sort="sideways",
    )
    assert odd.total == everything.total
    assert odd.filters == {}
    assert odd.sort == "relevance"
    page = get_page(client, "/en/search/", {"q": "prototyping", "type": "spaceship", "page": "last"})
    assert len(result_rows(page)) == min(everything.total, 10)


def test_sorting_by_date_puts_the_newest_first(demo, committed):
    with committed():
        newest = publish_practice(cluster("ce3m"), "latest-prototyping", title="Latest prototyping news")
    by_date = search_portal("prototyping", locale=english(), sort="date")
    assert by_date.results[0].title == newest.title
    dates = [row.date for row in by_date.page_obj.paginator.object_list]
    assert dates == sorted(dates, reverse=True)


def test_pagination_keeps_the_query_and_filters(client, demo, committed):
    with committed():
        for number in range(12):
            publish_practice(cluster("ce3m"), f"zorblax-{number}", title=f"Zorblax method {number}")
    page = get_page(client, "/en/search/", {"q": "zorblax", "type": "practice", "sort": "date"})
    assert len(result_rows(page)) == 10
    next_link = page.select_one(".pagination a[rel=next]")["href"]
    assert "q=zorblax" in next_link and "type=practice" in next_link and "sort=date" in next_link
    second = get_page(client, "/en/search/" + next_link[next_link.index("?") :].replace("&amp;", "&"), {})
    assert len(result_rows(second)) == 2


def test_the_number_of_queries_does_not_grow_with_the_results(demo, committed):
    ce3m = cluster("ce3m")
    with committed():
        publish_practice(ce3m, "quuxifier-0", title="Quuxifier approach 0", sectors=("electronics",))
    search_portal("quuxifier", locale=english())  # fills the caches of site roots and content types
    with CaptureQueriesContext(connection) as few:
        assert search_portal("quuxifier", locale=english()).total == 1

    with committed():
        for number in range(1, 16):
            publish_practice(ce3m, f"quuxifier-{number}", title=f"Quuxifier approach {number}", sectors=("energy",))
    search_portal("quuxifier", locale=english())  # publishing may have emptied the cache of site roots
    with CaptureQueriesContext(connection) as many:
        found = search_portal("quuxifier", locale=english(), sort="date")
    assert found.total == 16
    assert {option.value: option.count for option in found.facets["sector"]} == {"energy": 15, "electronics": 1}
    assert len(many) == len(few)


@pytest.mark.parametrize("query", ["", "   ", "x" * 5000, '"unbalanced', "AND OR NOT", "<script>alert(1)</script>"])
def test_hostile_input_never_fails_and_is_escaped(client, demo, query):
    response = client.get("/en/search/", {"q": query, "type": "<script>alert(2)</script>", "page": "-1"})
    assert response.status_code == 200
    assert b"<script>alert(" not in response.content
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("h1")) == 1
    assert len(page.select_one("#search-q")["value"]) <= 200


def test_a_query_is_shown_escaped(client, demo):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_a_member_found_links_to_its_own_page(client, demo):
    from members.models import MemberOrganisation

    member = MemberOrganisation.objects.filter(cluster__slug="ce3m").order_by("pk").first()
    found = client.get("/api/search/", {"q": member.name, "type": "member"}).json()
    links = {row["title"]: row["url"] for row in found["results"]}
    assert links[member.name] == f"/en/members/{member.pk}/"
    page = client.get(links[member.name])
    assert page.status_code == 200 and member.name in page.content.decode()


def test_on_an_arabic_page_each_result_takes_the_direction_of_its_own_text(client, demo):
    page = BeautifulSoup(client.get("/ar/search/", {"q": "cluster"}).content, "html.parser")
    results = page.select(".search-results li")
    assert results
    for result in results:
        assert result.select_one("h2 a")["dir"] == "auto"
        snippet = result.select_one(".search-result__snippet")
        assert snippet is None or snippet["dir"] == "auto"
