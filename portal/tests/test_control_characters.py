"""Control characters in a query string are dropped before any view runs; a NUL byte in a form gets a 400."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/images/?search=%00",
        "/en/events/feed.ics?cluster=%00",
        "/en/members/?q=a%7Fb",
        "/en/clusters/?%00=1",
    ],
)
def test_a_query_string_with_control_characters_gets_the_answer_given_without_them(client, demo, url):
    without = url.replace("%00", "").replace("%7F", "")
    response = client.get(url)
    assert response.status_code < 500
    assert response.status_code == client.get(without).status_code


def test_a_search_with_control_characters_is_the_search_without_them(client, demo):
    clean = client.get("/en/search/", {"q": "electronics"})
    dirty = client.get("/en/search/?q=%01electro%00nics%7F")
    assert dirty.status_code == 200
    assert dirty.context["query"] == "electronics"
    assert dirty.context["search"].total == clean.context["search"].total > 0


def test_a_filter_holding_a_nul_byte_is_an_unknown_filter(client, demo):
    response = client.get("/api/search/?q=cluster&sector=%00")
    assert response.status_code == 200
    assert response.json()["total"] == client.get("/api/search/", {"q": "cluster"}).json()["total"]


def test_ordinary_text_with_accents_arabic_and_spaces_is_kept(client, demo):
    response = client.get("/en/search/?q=électronique%20تونس%09cluster")
    assert response.status_code == 200
    assert response.context["query"] == "électronique تونس cluster"


def test_a_nul_byte_in_a_form_field_is_refused_in_the_visitors_language(client, demo):
    response = client.post("/fr/accounts/login/", {"login": "partner1@example.org\x00", "password": "x"})
    assert response.status_code == 400
    assert "<h1>" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_line_breaks_in_a_form_field_are_the_forms_business(client, demo):
    response = client.post("/en/accounts/login/", {"login": "partner1@example.org\r\n", "password": "wrong"})
    assert response.status_code == 200
