"""The member directory at /<language>/members/: filters, free-text search and pages of results."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import MemberOrganisation, MemberType
from members.tests.factories import add_member
from tests.factories import cluster

DIRECTORY = "/en/members/"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(page: BeautifulSoup) -> list[str]:
    return [title.get_text(strip=True) for title in page.select(".member-card .card__title")]


def result_count(page: BeautifulSoup) -> str:
    count = page.select_one(".results-count")
    return count.get_text(strip=True) if count else ""


def all_names(client, query: str) -> list[str]:
    """The names on every page of results, following the “next” links."""
    found, url = [], f"{DIRECTORY}?{query}"
    while url:
        page = soup(client.get(url))
        found += names(page)
        next_link = page.select_one(".pagination a[rel=next]")
        url = f"{DIRECTORY}{next_link['href']}" if next_link else None
    return found


def listed(**filters) -> list[str]:
    return sorted(MemberOrganisation.objects.filter(cluster__live=True, **filters).values_list("name", flat=True))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_directory_lists_every_published_clusters_members_in_each_language(client, demo, language):
    page = soup(client.get(f"/{language}/members/"))
    assert page.html["lang"] == language
    assert page.html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert len(page.find_all("h1")) == 1
    total = MemberOrganisation.objects.count()
    assert str(total) in result_count(page)
    assert len(names(page)) == 20


def test_cluster_links_lead_to_the_cluster_page_in_the_visitors_language(client, demo):
    for language, title in (("en", "QOOT"), ("fr", "QOOT"), ("ar", "قوت")):
        page = soup(client.get(f"/{language}/members/?cluster=qoot"))
        links = {a.get_text(strip=True): a["href"] for a in page.select(".member-card .card__meta a")}
        assert links == {title: f"/{language}/clusters/qoot/"}


def test_each_result_shows_type_place_sectors_capabilities_badges_and_website(client, demo):
    page = soup(client.get(f"{DIRECTORY}?q=Cartes+Circuits"))
    card = page.select_one(".member-card")
    text = card.get_text(" ", strip=True)
    assert card.select_one(".card__title").get_text() == "Cartes & Circuits Maghreb (demo)"
    assert " ".join(card.select_one(".card__meta").get_text().split()) == "SME · CE3M · Casablanca, Morocco"
    assert "Electronics and mechatronics" in text
    assert "Seeks subcontracting" in text and "Seeks partners" in text
    assert "ISO 9001, IATF 16949" in text
    capabilities = {a.get_text(strip=True): a["href"] for a in card.select(".tags--capabilities a")}
    assert capabilities["PCB assembly"] == "/en/members/?capability=pcb-assembly"
    website = card.select_one(".member-card__website a")
    assert website["href"] == "https://cartes-circuits.example.org"
    assert set(website["rel"]) == {"noopener", "nofollow"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cluster=ce3m", {"cluster__slug": "ce3m"}),
        ("country=TN", {"country": "TN"}),
        ("type=university", {"type": MemberType.UNIVERSITY}),
        ("sector=textile", {"sectors__slug": "textile"}),
        ("capability=pcb-assembly", {"capabilities__slug": "pcb-assembly"}),
        ("seeking=partners", {"seeks_partners": True}),
        (
            "cluster=ce3m&type=sme&sector=aeronautics",
            {"cluster__slug": "ce3m", "type": "sme", "sectors__slug": "aeronautics"},
        ),
        ("country=MA&capability=biomass-pellets", {"country": "MA", "capabilities__slug": "biomass-pellets"}),
    ],
)
def test_filters_alone_and_combined(client, demo, query, expected):
    assert sorted(all_names(client, query)) == listed(**expected)
    assert listed(**expected)


def test_the_french_directory_filters_a_cluster_by_type(client, demo):
    page = soup(client.get("/fr/members/?cluster=ce3m&type=sme"))
    assert sorted(names(page)) == listed(cluster__slug="ce3m", type="sme")
    assert page.select_one("#filter-cluster option[selected]")["value"] == "ce3m"
    assert page.select_one("#filter-type option[selected]")["value"] == "sme"


def test_unknown_filter_values_are_ignored(client, demo):
    response = client.get(
        f"{DIRECTORY}?cluster=nowhere&country=XX&type=factory&sector=space&capability=teleportation&seeking=love&page=x"
    )
    page = soup(response)
    assert str(MemberOrganisation.objects.count()) in result_count(page)
    assert not page.select("select option[selected]")


def test_free_text_search_finds_names_descriptions_and_capabilities(client, demo):
    assert names(soup(client.get(f"{DIRECTORY}?q=wire+winding"))) == ["Bobinage Chaouia (demo)"]
    assert "Atlas Précision Fonderie (demo)" in names(soup(client.get(f"{DIRECTORY}?q=investment+casting")))
    assert "Cartes & Circuits Maghreb (demo)" in names(soup(client.get(f"{DIRECTORY}?q=IATF")))
    assert "Conserves de la Békaa (demo)" in names(soup(client.get(f"{DIRECTORY}?q=preserves")))


def test_search_combines_with_filters(client, demo):
    assert names(soup(client.get(f"{DIRECTORY}?q=PCB&sector=mobility"))) == ["Cartes & Circuits Maghreb (demo)"]
    assert names(soup(client.get(f"{DIRECTORY}?q=food+processing&country=TN"))) == []


def test_a_search_without_results_says_so(client, demo):
    page = soup(client.get(f"{DIRECTORY}?q=submarines"))
    assert names(page) == []
    assert page.select_one(".empty")


def test_a_failing_search_shows_a_notice_instead_of_an_error(client, demo, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("search server down")

    monkeypatch.setattr(type(MemberOrganisation.objects.all()), "search", broken)
    page = soup(client.get(f"{DIRECTORY}?q=PCB"))
    assert "unavailable" in page.select_one(".notice").get_text()


def test_results_are_paginated_by_twenty_and_pages_keep_the_filters(client, demo):
    total = MemberOrganisation.objects.count()
    first = soup(client.get(DIRECTORY))
    assert len(names(first)) == 20
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    last_page = (total - 1) // 20 + 1
    assert len(names(soup(client.get(f"{DIRECTORY}?page={last_page}")))) == total - 20 * (last_page - 1)
    assert len(names(soup(client.get(f"{DIRECTORY}?page=999")))) == total - 20 * (last_page - 1)

    for number in range(25):
        add_member(cluster("ce3m"), f"Extra member {number:02} (demo)", capabilities=("PCB assembly",))
    filtered = soup(client.get(f"{DIRECTORY}?cluster=ce3m&capability=pcb-assembly"))
    assert filtered.select_one(".pagination a[rel=next]")["href"] == "?cluster=ce3m&capability=pcb-assembly&page=2"
    assert len(all_names(client, "cluster=ce3m&capability=pcb-assembly")) == 27


def test_empty_directory_says_no_members_are_listed_yet(client, demo):
    MemberOrganisation.objects.all().delete()
    page = soup(client.get(DIRECTORY))
    assert names(page) == []
    assert "No cluster has listed its members yet." in page.select_one(".empty").get_text()


def test_members_of_an_unpublished_cluster_are_not_listed(client, demo):
    cluster("qoot").unpublish()
    page = soup(client.get(f"{DIRECTORY}?q=Békaa"))
    assert names(page) == []
    assert not [name for name in all_names(client, "") if name in listed(cluster__slug="qoot")]


def test_queries_do_not_grow_with_the_number_of_members(client, demo):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(DIRECTORY).status_code == 200
        return len(queries)

    before = count_queries()
    for number in range(30):
        add_member(
            cluster("qoot" if number % 2 else "ce3m"),
            f"Bench member {number:02} (demo)",
            sectors=("agri-food", "energy"),
            capabilities=("food processing", f"bench capability {number}"),
            seeks_partners=True,
        )
    assert count_queries() <= before
