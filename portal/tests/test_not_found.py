"""A "not found" outside the language prefixes stays one; an address missing its language is sent on."""

from django.contrib.auth import get_user_model


def test_the_api_answers_an_unknown_page_with_its_json_404(client, demo):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response.json() == {"message": "No Page matches the given query."}


def test_an_admin_screen_of_an_unknown_object_is_a_404(client, demo):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    assert client.get("/admin/members/edit/999999/").status_code == 404


def test_a_page_address_without_its_language_is_sent_to_the_visitors_language(client, demo):
    response = client.get("/events/", headers={"accept-language": "fr"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/fr/events/"
