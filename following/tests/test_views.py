"""Following and unfollowing: POST only, for people logged in with a verified address, idempotent."""

import pytest
from bs4 import BeautifulSoup

from clusters.models import Sector
from following.models import Follow
from tests.factories import cluster, make_person

from .conftest import translate


@pytest.fixture
def partner(db):
    return make_person("salma@example.org")


@pytest.fixture
def logged_in(client, partner):
    client.force_login(partner)
    return client


def test_following_a_cluster_then_unfollowing_it(logged_in, partner, demo):
    ce3m = cluster("ce3m")
    response = logged_in.post(f"/en/following/follow/cluster/{ce3m.pk}/", {"next": "/en/clusters/ce3m/"})
    assert response.status_code == 302 and response["Location"] == "/en/clusters/ce3m/"
    assert Follow.objects.filter(user=partner, cluster=ce3m).count() == 1

    page = BeautifulSoup(logged_in.get("/en/clusters/ce3m/").content, "html.parser")
    assert page.select_one(".follow-button").get_text(" ", strip=True) == "You follow this. Unfollow"

    logged_in.post(f"/en/following/unfollow/cluster/{ce3m.pk}/")
    assert not Follow.objects.filter(user=partner).exists()
    page = BeautifulSoup(logged_in.get("/en/clusters/ce3m/").content, "html.parser")
    assert page.select_one(".follow-button button").get_text(strip=True) == "Follow"


def test_following_twice_or_in_another_language_is_one_follow(logged_in, partner, demo):
    logged_in.post(f"/en/following/follow/cluster/{cluster('menara').pk}/")
    logged_in.post(f"/en/following/follow/cluster/{cluster('menara').pk}/")
    logged_in.post(f"/ar/following/follow/cluster/{cluster('menara', 'ar').pk}/")
    assert list(Follow.objects.filter(user=partner).values_list("cluster", flat=True)) == [cluster("menara").pk]
    arabic_page = BeautifulSoup(logged_in.get("/ar/clusters/menara/").content, "html.parser")
    assert arabic_page.select_one(".follow-button form")["action"].startswith("/ar/following/unfollow/")


def test_get_does_not_follow(logged_in, partner, demo):
    response = logged_in.get(f"/en/following/follow/cluster/{cluster('ce3m').pk}/")
    assert response.status_code == 405
    assert not Follow.objects.filter(user=partner).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, demo):
    url = f"/en/following/follow/cluster/{cluster('ce3m').pk}/"
    response = client.post(url)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert not Follow.objects.exists()
    button = BeautifulSoup(client.get("/en/clusters/ce3m/").content, "html.parser").select_one(".follow-button a")
    assert button["href"] == "/en/accounts/login/?next=%2Fen%2Fclusters%2Fce3m%2F"


def test_an_unverified_address_cannot_follow(client, demo):
    person = make_person(verified=False)
    client.force_login(person)
    response = client.post(f"/en/following/follow/cluster/{cluster('ce3m').pk}/", follow=True)
    assert not Follow.objects.filter(user=person).exists()
    assert "Confirm your email address" in response.content.decode()


def test_drafts_and_unknown_objects_cannot_be_followed(logged_in, partner, make_proposal):
    draft = make_proposal("Solar desalination")
    draft.unpublish()
    assert logged_in.post(f"/en/following/follow/proposal/{draft.pk}/").status_code == 404
    assert logged_in.post("/en/following/follow/sector/999999/").status_code == 404
    assert logged_in.post("/en/following/follow/member/1/").status_code == 404
    assert not Follow.objects.filter(user=partner).exists()


def test_an_unpublished_proposal_one_follows_can_still_be_unfollowed(logged_in, partner, make_proposal):
    proposal = make_proposal("Smart irrigation")
    logged_in.post(f"/en/following/follow/proposal/{proposal.pk}/")
    proposal.unpublish()
    response = logged_in.post(f"/en/following/unfollow/proposal/{proposal.pk}/")
    assert response.status_code == 302
    assert not Follow.objects.filter(user=partner).exists()


def test_following_page_lists_follows_in_the_visitors_language(logged_in, partner, make_proposal):
    proposal = make_proposal("Water for cities")
    translate(proposal, "fr", "De l’eau pour les villes")
    logged_in.post(f"/en/following/follow/proposal/{proposal.pk}/")
    logged_in.post(f"/en/following/follow/sector/{Sector.objects.get(slug='textile').pk}/")

    page = BeautifulSoup(logged_in.get("/fr/following/").content, "html.parser")
    assert len(page.find_all("h1")) == 1
    sections = {section.h2.get_text(strip=True): section for section in page.select("section.following-group")}
    assert set(sections) == {"Projets"}
    assert sections["Projets"].a.get_text(strip=True) == "De l’eau pour les villes"
    topics = {item.span.get_text(strip=True): item for item in page.select(".following-topics li")}
    assert topics["Textile"].button.get_text(strip=True) == "Ne plus suivre"
    assert topics["Énergie"].button.get_text(strip=True) == "Suivre"
    assert page.select_one("input[name=weekly_digest]").has_attr("checked")


def test_following_a_sector_from_the_following_page(logged_in, partner, demo):
    page = BeautifulSoup(logged_in.get("/en/following/").content, "html.parser")
    forms = [item.form for item in page.select(".following-topics li") if item.span.get_text() == "Energy"]
    [form] = [form for form in forms if "/follow/sector/" in form["action"]]  # energy is a challenge too
    response = logged_in.post(form["action"], {"next": form.find("input", {"name": "next"})["value"]})
    assert response["Location"] == "/en/following/"
    assert Follow.objects.get(user=partner).sector.slug == "energy"


def test_turning_the_weekly_digest_off_and_on(logged_in, partner, demo):
    logged_in.post("/en/following/digest/", {})
    page = BeautifulSoup(logged_in.get("/en/following/").content, "html.parser")
    assert not page.select_one("input[name=weekly_digest]").has_attr("checked")
    logged_in.post("/en/following/digest/", {"weekly_digest": "on"})
    page = BeautifulSoup(logged_in.get("/en/following/").content, "html.parser")
    assert page.select_one("input[name=weekly_digest]").has_attr("checked")


@pytest.mark.parametrize("next_url", ["https://evil.example/", "following", "\ufffd\ufffd", "12345"])
@pytest.mark.parametrize("action", ["follow", "unfollow"])
def test_a_redirect_elsewhere_than_a_page_of_the_site_is_refused(logged_in, demo, next_url, action):
    ce3m = cluster("ce3m")
    logged_in.post(f"/en/following/follow/cluster/{ce3m.pk}/")
    response = logged_in.post(f"/en/following/{action}/cluster/{ce3m.pk}/", {"next": next_url})
    assert response["Location"] == "/en/clusters/ce3m/"


def test_proposal_and_funding_call_pages_offer_to_follow_them(logged_in, partner, make_proposal, make_call):
    proposal = make_proposal("Water for the cities")
    call = make_call("Clean water call")
    for page, kind in ((proposal, "proposal"), (call, "funding_call")):
        html = BeautifulSoup(logged_in.get(page.url).content, "html.parser")
        form = html.select_one(".follow-button form")
        assert form["action"].startswith(f"/en/following/follow/{kind}")
        logged_in.post(form["action"], {"next": page.url})
        html = BeautifulSoup(logged_in.get(page.url).content, "html.parser")
        assert html.select_one(".follow-button").get_text(" ", strip=True) == "You follow this. Unfollow"
    assert Follow.objects.filter(user=partner).count() == 2
