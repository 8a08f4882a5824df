"""The search page's header and facet labels come from caches that a publication or an edit refreshes
at once, and that show each visitor only what is theirs."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from clusters.taxonomy import Sector
from practices.models import BestPracticeIndexPage
from tests.factories import make_cluster

from .test_facets import facet_links

SEARCH = "/en/search/"


def parsed(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu(client) -> list[str]:
    page = parsed(client.get(SEARCH, {"q": "cluster"}))
    return [link.get_text(strip=True) for link in page.select(".site-nav a")]


def test_the_navigation_shows_a_publication_at_once(client, demo):
    practices = BestPracticeIndexPage.objects.get(locale__language_code="en")
    before = menu(client)
    assert practices.title in before

    old_title, practices.title = practices.title, "Good practices shared"
    practices.save_revision().publish()
    assert menu(client) == [practices.title if title == old_title else title for title in before]

    practices.unpublish()
    assert menu(client) == [title for title in before if title != old_title]


def test_a_new_cluster_is_in_the_cluster_facet_at_once(client, demo, committed):
    assert "quasar-hub" not in facet_links(parsed(client.get(SEARCH, {"q": "quasar"})), "cluster")
    with committed():
        make_cluster("quasar-hub", title="Quasar Hub", summary="A cluster of quasar instrument makers.")
    clusters = facet_links(parsed(client.get(SEARCH, {"q": "quasar"})), "cluster")
    assert clusters["quasar-hub"][:2] == ("Quasar Hub", 1)


def test_a_renamed_sector_has_its_new_label_at_once(client, demo):
    sectors = facet_links(parsed(client.get(SEARCH, {"q": "cluster"})), "sector")
    assert sectors["electronics"][0] == "Electronics and mechatronics"
    electronics = Sector.objects.get(slug="electronics")
    electronics.name_en = "Electronics and microchips"
    electronics.save()
    sectors = facet_links(parsed(client.get(SEARCH, {"q": "cluster"})), "sector")
    assert sectors["electronics"][0] == "Electronics and microchips"


def account_links(client) -> list[str]:
    page = parsed(client.get(SEARCH, {"q": "cluster"}))
    return [link.get_text(strip=True) for link in page.select(".account-nav a")]


def test_each_visitor_sees_their_own_header(client, demo):
    assert account_links(client) == ["Log in", "Sign up"]
    client.force_login(get_user_model().objects.get(email="partner1@example.org"))
    assert account_links(client)[0] == "My account"
    client.logout()
    assert account_links(client) == ["Log in", "Sign up"]
