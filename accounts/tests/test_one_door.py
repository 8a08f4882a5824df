"""Every way into the portal is allauth's login: Wagtail's front-end login hands over, private and
password-protected pages keep working."""

from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import cluster


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_wagtails_front_end_login_never_gives_a_session_of_its_own(client, demo, language, method):
    url = f"/{language}/_util/login/?next=/{language}/clusters/"
    credentials = {"username": "admin@example.org", "password": "medclusters-demo"}
    response = client.post(url, credentials) if method == "post" else client.get(url)
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert location.path == f"/{language}/accounts/login/"
    assert parse_qs(location.query)["next"] == [f"/{language}/clusters/"]
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("target", ["https://evil.example.com/", "//evil.example.com/", "javascript:alert(1)"])
def test_the_front_end_login_keeps_only_a_next_on_this_site(client, db, target):
    response = client.get("/en/_util/login/", {"next": target})
    assert parse_qs(urlsplit(response.headers["Location"]).query)["next"] == ["/"]


def test_a_private_page_sends_visitors_to_allauth_and_opens_after_login(client, demo):
    page = cluster("ce3m")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    first = client.get(page.url)
    assert first.status_code == 302
    handed_over = client.get(first.headers["Location"])
    login = urlsplit(handed_over.headers["Location"])
    assert login.path == "/en/accounts/login/" and parse_qs(login.query)["next"] == ["/en/clusters/ce3m/"]
    logged_in = client.post(
        handed_over.headers["Location"], {"login": "partner1@example.org", "password": "medclusters-demo"}
    )
    assert logged_in.headers["Location"] == "/en/clusters/ce3m/"
    assert client.get(page.url).status_code == 200


def test_a_password_protected_page_still_asks_for_its_password(client, demo):
    page = cluster("qoot")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="olive-oil"
    )
    asked = client.get(page.url)
    assert asked.status_code == 200 and b'name="password"' in asked.content
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    answered = client.post(url, {"password": "olive-oil", "return_url": page.url})
    assert answered.status_code == 302
    assert client.get(page.url).status_code == 200
