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


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Too many attempts"), ("fr", "Trop de tentatives"), ("ar", "محاولات كثيرة جدًا")]
)
def test_thirty_wrong_passwords_stop_the_right_one_on_the_login_page(client, demo, settings, language, heading):
    from django.core.cache import cache

    from portal.settings import base
    from tests.factories import make_person

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS  # the tests' settings turn them off
    cache.clear()
    person = make_person()
    for _ in range(30):
        client.post(f"/{language}/accounts/login/", {"login": person.email, "password": "wrong-password"})
    answer = client.post(f"/{language}/accounts/login/", {"login": person.email, "password": "secret-pass-123"})
    assert answer.status_code == 429
    assert f"<h1>{heading}</h1>" in answer.content.decode()  # the portal's page, in the visitor's language
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", ["/admin/login/", "/en/_util/login/", "/fr/_util/login/", "/ar/_util/login/"])
def test_the_other_login_paths_take_no_password_at_all(client, demo, path):
    """Thirty guesses there are thirty redirects to allauth's page, where the limits are counted."""
    from tests.factories import make_person

    person = make_person()
    for password in ["wrong-password"] * 30 + ["secret-pass-123"]:
        response = client.post(path, {"username": person.email, "password": password})
        assert response.status_code == 302 and "/accounts/login/" in response.headers["Location"]
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("en", "do not have permission"),
        ("fr", "pas l’autorisation d’accéder à l’administration"),
        ("ar", "ليس لديك صلاحية للوصول لواجهة الإدارة"),
    ],
)
def test_a_partner_who_opens_the_admin_is_told_it_is_not_for_their_account(client, demo, language, refusal):
    from accounts.models import User

    client.force_login(User.objects.get(email="partner1@example.org"))

    response = client.get("/admin/pages/", follow=True, HTTP_ACCEPT_LANGUAGE=language)

    assert response.redirect_chain == [(f"/{language}/accounts/login/?next=/admin/pages/", 302)]
    assert response.status_code == 403  # the login page answers, without sending them back to the admin
    assert refusal in response.text  # Wagtail's message, in the browser's language
    assert "_auth_user_id" in client.session


def test_someone_signed_in_with_a_login_link_to_a_page_they_may_open_still_goes_there(client, demo):
    client.post("/en/accounts/login/", {"login": "manager@ce3m.example.org", "password": "medclusters-demo"})

    response = client.get("/fr/accounts/login/?next=/admin/pages/")

    assert response.status_code == 302 and response.headers["Location"] == "/admin/pages/"


def test_a_page_open_to_one_group_tells_someone_signed_in_outside_it_so(client, demo):
    from django.contrib.auth.models import Group

    page = cluster("ce3m")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="CE3M board"))
    client.post("/en/accounts/login/", {"login": "partner1@example.org", "password": "medclusters-demo"})

    response = client.get(page.url, follow=True)

    assert len(response.redirect_chain) <= 2
    assert response.status_code == 403
    assert "your account does not give access to this page" in response.text
