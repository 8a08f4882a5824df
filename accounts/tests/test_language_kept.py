"""Logging in, confirming one's address after signing up, and logging out lead to the home page in
the language the visitor was reading, whatever language their browser prefers."""

import re

import pytest
from django.core import mail

PASSWORD = "medclusters-demo"  # the demo accounts' (DEMO_PASSWORD unset)
ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_logging_in_leads_home_in_the_language_of_the_login_page(client, demo, language):
    response = client.post(
        f"/{language}/accounts/login/", {"login": "partner1@example.org", "password": PASSWORD}, **ENGLISH_BROWSER
    )

    assert response.status_code == 302
    assert response.headers["Location"] == f"/{language}/"
    home = client.get(response.headers["Location"], **ENGLISH_BROWSER)
    assert home.status_code == 200 and f'<html lang="{language}"' in home.text


def test_an_explicit_next_still_wins(client, demo):
    response = client.post(
        "/fr/accounts/login/?next=/fr/events/mine/", {"login": "partner1@example.org", "password": PASSWORD}
    )

    assert response.headers["Location"] == "/fr/events/mine/"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_logging_out_leads_home_in_the_language_of_the_page(client, demo, language):
    client.post("/en/accounts/login/", {"login": "partner1@example.org", "password": PASSWORD})

    response = client.post(f"/{language}/accounts/logout/", **ENGLISH_BROWSER)

    assert response.status_code == 302
    assert response.headers["Location"] == f"/{language}/"
    assert "_auth_user_id" not in client.session


def test_confirming_the_address_after_signing_up_in_french_leads_home_in_french(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/fr/accounts/signup/",
            {"email": "amina@example.org", "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"},
            **ENGLISH_BROWSER,
        )
    key = re.search(r"/fr/accounts/confirm-email/([^/\s]+)/", mail.outbox[-1].body).group(1)

    response = client.post(f"/fr/accounts/confirm-email/{key}/", **ENGLISH_BROWSER)

    assert response.status_code == 302
    assert response.headers["Location"] == "/fr/"
    assert "_auth_user_id" in client.session


def test_someone_logged_in_who_opens_the_login_page_is_sent_home_in_its_language(client, demo):
    client.post("/en/accounts/login/", {"login": "partner1@example.org", "password": PASSWORD})

    response = client.get("/ar/accounts/login/", **ENGLISH_BROWSER)

    assert response.status_code == 302 and response.headers["Location"] == "/ar/"
