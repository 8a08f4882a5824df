"""Control characters in a query string or a NUL byte in a form get a 400 before any view runs."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/images/?search=%00",
        "/en/events/feed.ics?cluster=%00",
        "/api/search/?q=cluster&sector=%00",
        "/en/search/?q=%01electronics",
        "/en/members/?q=a%7Fb",
        "/en/clusters/?%00=1",
    ],
)
def test_a_query_string_with_control_characters_is_refused_plainly(client, demo, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_the_refusal_is_in_the_visitors_language(client, demo):
    response = client.get("/fr/search/?q=%00")
    assert response.status_code == 400
    assert "<h1>" in response.content.decode()


def test_ordinary_text_with_accents_arabic_and_spaces_passes(client, demo):
    assert client.get("/en/search/?q=électronique تونس\tcluster").status_code == 200


def test_a_nul_byte_in_a_form_field_is_refused(client, demo):
    response = client.post("/en/accounts/login/", {"login": "partner1@example.org\x00", "password": "x"})
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_line_breaks_in_a_form_field_are_the_forms_business(client, demo):
    response = client.post("/en/accounts/login/", {"login": "partner1@example.org\r\n", "password": "wrong"})
    assert response.status_code == 200
