"""Control characters in a query string, or a NUL byte in a form, get a 400 before any view runs:
a page in the visitor's language, JSON under /api/, never a 500."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=%00%00",
        "/en/search/?q=%01electronics",
        "/en/search/?q=cluster&type=%1B%5B31m",
        "/en/best-practices/?sector=%00",
        "/en/members/?q=a%7Fb",
        "/en/clusters/?%00=1",
        "/en/events/feed.ics?cluster=%00",
    ],
)
def test_a_page_asked_with_control_characters_answers_a_plain_400(client, demo, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "The request holds characters that cannot be read." in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/images/?search=%00",
        "/api/search/?q=%00%01",
        "/api/search/?q=cluster&sector=%00",
        "/api/search/suggest/?q=%00",
    ],
)
def test_the_api_answers_a_json_400(client, demo, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json() == {"error": "The request holds characters that cannot be read."}


@pytest.mark.parametrize(
    ("language", "reason"),
    [("fr", "La requête contient des caractères illisibles."), ("ar", "يحتوي الطلب على أحرف لا يمكن قراءتها.")],
)
def test_the_refusal_is_in_the_visitors_language(client, demo, language, reason):
    response = client.get(f"/{language}/search/?q=%00")
    assert response.status_code == 400
    assert reason in response.content.decode()


def test_ordinary_text_with_accents_arabic_and_tabs_passes(client, demo):
    response = client.get("/en/search/?q=électronique%20تونس%09cluster")
    assert response.status_code == 200
    assert response.context["query"] == "électronique تونس cluster"


def test_a_nul_byte_in_a_form_field_is_refused(client, demo):
    response = client.post("/fr/accounts/login/", {"login": "partner1@example.org\x00", "password": "x"})
    assert response.status_code == 400
    assert "La requête contient des caractères illisibles." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_line_breaks_in_a_form_field_are_the_forms_business(client, demo):
    response = client.post("/en/accounts/login/", {"login": "partner1@example.org\r\n", "password": "wrong"})
    assert response.status_code == 200
