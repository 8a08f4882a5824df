"""A cluster's page shows its members: counts by type, the first few, and a link to the directory."""

from bs4 import BeautifulSoup
from django.core.cache import cache

from members.models import MemberOrganisation
from tests.factories import cluster

from .factories import add_member


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_cluster_page_lists_its_members_and_links_to_the_filtered_directory(client, demo):
    cache.clear()
    page = soup(client.get("/fr/clusters/ce3m/"))
    section = page.select_one("section[aria-labelledby=member-list-heading]")
    cards = section.select(".member-card")
    assert len(cards) == 12
    assert all("QOOT" not in card.get_text() for card in cards)
    link = section.select("p > a")[-1]
    assert link["href"] == "/fr/members/?cluster=ce3m"
    assert str(MemberOrganisation.objects.filter(cluster=cluster("ce3m")).count()) in link.get_text()


def test_cluster_page_counts_members_by_type(client, demo):
    cache.clear()
    page = soup(client.get("/en/clusters/ce3m/"))
    counts = dict(
        zip(
            [dt.get_text(strip=True) for dt in page.select(".member-counts dt")],
            [int(dd.get_text(strip=True)) for dd in page.select(".member-counts dd")],
            strict=True,
        )
    )
    ce3m = MemberOrganisation.objects.filter(cluster=cluster("ce3m"))
    # The profile's declared figures where the directory lists fewer, the directory's otherwise.
    assert counts["SMEs"] == 90 > ce3m.filter(type="sme").count()
    assert counts["Universities and schools"] == 10
    assert counts["Research centres"] == ce3m.filter(type="research_centre").count() > 0


def test_a_new_member_shows_on_the_cached_cluster_page_at_once(client, demo):
    cache.clear()
    assert client.get("/en/clusters/qoot/").headers["X-Page-Cache"] == "miss"
    assert client.get("/en/clusters/qoot/").headers["X-Page-Cache"] == "hit"
    add_member(cluster("qoot"), "Aaa Fresh Member (demo)")
    response = client.get("/en/clusters/qoot/")
    assert response.headers["X-Page-Cache"] == "miss"
    assert "Aaa Fresh Member (demo)" in response.content.decode()
